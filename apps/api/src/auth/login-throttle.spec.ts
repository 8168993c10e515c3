import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  let now: number;
  let throttle: LoginThrottle;
  beforeEach(() => {
    now = 1_000_000;
    throttle = new LoginThrottle({ freeFailures: 3, maxDelaySeconds: 8 });
    throttle.now = () => now;
  });
  const fail = (times: number, login = 'ivanova', address = '10.0.0.1') => {
    for (let i = 0; i < times; i++) throttle.recordFailure(login, address);
  };

  it('lets the free failures through, then doubles the wait up to the maximum', () => {
    fail(2);
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(0);
    fail(1);
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(1);
    fail(1);
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(2);
    fail(5);
    expect(throttle.waitSeconds('IVANOVA', '10.0.0.2')).toBe(8);
  });

  it('lets the wait expire: nobody is locked out for good', () => {
    fail(10);
    now += 8_000;
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(0);
    now += 16 * 60_000;
    fail(1);
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(0);
  });

  it('slows down one address trying many logins, but not other addresses', () => {
    for (let i = 0; i < 30; i++) throttle.recordFailure(`user${i}`, '10.0.0.9');
    expect(throttle.waitSeconds('someone-else', '10.0.0.9')).toBe(1);
    expect(throttle.waitSeconds('someone-else', '10.0.0.1')).toBe(0);
  });

  it('clears the count of a login on success', () => {
    fail(2);
    throttle.recordSuccess('ivanova');
    fail(2);
    expect(throttle.waitSeconds('ivanova', '10.0.0.1')).toBe(0);
  });
});
