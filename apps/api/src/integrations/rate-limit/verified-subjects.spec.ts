import { createSecretKey } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { VerifiedSubjects } from './verified-subjects';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const EXPECTED = { issuer: 'postcare', audience: 'postcare-api' };

const tokenOf = (
  sub: string,
  lifetimeSeconds: number,
  secret = SECRET,
  audience = EXPECTED.audience,
) =>
  sign({ sub }, secret, {
    algorithm: 'HS256',
    issuer: EXPECTED.issuer,
    audience,
    expiresIn: lifetimeSeconds,
  });

describe('VerifiedSubjects: whose rate budget a bearer token spends', () => {
  let subjects: VerifiedSubjects;
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T10:00:10Z') });
    subjects = new VerifiedSubjects(
      createSecretKey(Buffer.from(SECRET)) as unknown as Buffer,
      EXPECTED,
    );
  });
  afterEach(() => jest.useRealTimers());

  it('names the user of a valid token, again and again', () => {
    const anna = tokenOf('anna', 900);
    expect(subjects.of(anna)).toBe('anna');
    expect(subjects.of(anna)).toBe('anna');
    expect(subjects.of(tokenOf('boris', 900))).toBe('boris');
  });

  it('names nobody for a forged token, a token for another audience or garbage, every time', () => {
    const forged = tokenOf('anna', 900, 'another-secret-another-secret-another-secret');
    expect(subjects.of(forged)).toBeNull();
    expect(subjects.of(forged)).toBeNull();
    expect(subjects.of(tokenOf('anna', 900, SECRET, 'another-api'))).toBeNull();
    expect(subjects.of('not.a.token')).toBeNull();
  });

  it('stops naming the user of a remembered token once it has expired', () => {
    const shortLived = tokenOf('anna', 20);
    expect(subjects.of(shortLived)).toBe('anna');
    jest.setSystemTime(new Date('2026-12-01T10:00:29Z'));
    expect(subjects.of(shortLived)).toBe('anna');
    jest.setSystemTime(new Date('2026-12-01T10:00:31Z'));
    expect(subjects.of(shortLived)).toBeNull();
  });
});
