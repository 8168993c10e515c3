import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { jwtKey } from '../config/jwt-secret';
import { AccountsService } from '../users/accounts.service';
import { SessionActor } from './session-actor';
import { LiveSession, SessionCache } from './sessions/session-cache';
import { RefreshTokensService } from './sessions/refresh-tokens.service';

interface AccessClaims {
  sub?: unknown;
  sid?: unknown;
  iat?: unknown;
  exp?: unknown;
}

/** Clock difference tolerated between the issuing and the checking moment, seconds. */
const CLOCK_SKEW_SECONDS = 30;

/**
 * Verifies access tokens with the algorithm, issuer and audience pinned (so `alg: none`
 * or a token for another audience never passes), requires a lifetime no longer than
 * ACCESS_TOKEN_TTL_SECONDS, then checks that its session (refresh-token family) is still
 * live and the account active — through SessionCache, not the database on every request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly cache: SessionCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: jwtKey(config),
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<SessionActor | false> {
    const { sub, sid, iat, exp } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string') return false;
    if (typeof iat !== 'number' || typeof exp !== 'number') return false;
    const now = Date.now() / 1000;
    if (iat > now + CLOCK_SKEW_SECONDS) return false;
    if (exp - iat > this.config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS) return false;
    const session = await this.liveSession(sub, sid);
    if (!session || session.userId !== sub) return false;
    return new SessionActor(
      session.userId,
      session.role,
      session.institutionId,
      session.timeZone,
      sid,
      session.mustChangePassword,
    );
  }

  private async liveSession(userId: string, sessionId: string): Promise<LiveSession | null> {
    const cached = this.cache.get(sessionId);
    if (cached !== undefined) return cached;
    const lookup = this.cache.startLookup();
    const [user, live] = await Promise.all([
      this.accounts.findActive(userId),
      this.refreshTokens.isLive(userId, sessionId),
    ]).catch(() => [null, false] as const);
    const session: LiveSession | null =
      user && live
        ? {
            userId: user.id,
            role: user.role,
            institutionId: user.institutionId,
            timeZone: user.institution?.timeZone,
            mustChangePassword: user.mustChangePassword,
          }
        : null;
    this.cache.set(sessionId, session, lookup);
    return session;
  }
}
