import { DatabaseCheck } from './database-check';

describe('DatabaseCheck', () => {
  it('asks the database once for the probes of one second, and again after it', async () => {
    let clock = 0;
    let pings = 0;
    const check = new DatabaseCheck(
      async () => void pings++,
      1000,
      () => clock,
    );
    await Promise.all([check.check(), check.check(), check.check()]);
    clock = 999;
    await check.check();
    expect(pings).toBe(1);
    clock = 1000;
    await check.check();
    expect(pings).toBe(2);
  });

  it('reports a failure, and the next probe asks the database again', async () => {
    let up = false;
    let pings = 0;
    const check = new DatabaseCheck(
      async () => {
        pings++;
        if (!up) throw new Error('connection refused');
      },
      1000,
      () => 0,
    );
    await expect(check.check()).rejects.toThrow('connection refused');
    up = true;
    await expect(check.check()).resolves.toBeUndefined();
    expect(pings).toBe(2);
  });
});
