import { verify } from 'jsonwebtoken';

/** How many verified tokens are remembered before the memory starts afresh. */
const KNOWN_TOKENS = 10_000;

/**
 * The user (`sub`) of a valid access token, for choosing whose rate budget a request spends.
 * A token is verified once and its subject kept until the token expires: the same token
 * comes with every request of a session, and verifying it again cost a tenth of a small
 * request's CPU. Whether the token still opens the API (its session, the account) is the
 * guard's business, not this.
 */
export class VerifiedSubjects {
  private readonly known = new Map<string, { subject: string; expiresAt: number }>();

  constructor(
    private readonly key: Buffer,
    private readonly expected: { issuer: string; audience: string },
  ) {}

  of(token: string): string | null {
    const known = this.known.get(token);
    if (known && known.expiresAt > Date.now()) return known.subject;
    try {
      const claims = verify(token, this.key, { algorithms: ['HS256'], ...this.expected });
      if (typeof claims !== 'object' || typeof claims.sub !== 'string') return null;
      if (typeof claims.exp === 'number') {
        if (this.known.size >= KNOWN_TOKENS) this.known.clear();
        this.known.set(token, { subject: claims.sub, expiresAt: claims.exp * 1000 });
      }
      return claims.sub;
    } catch {
      return null;
    }
  }
}
