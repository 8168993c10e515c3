import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Actor } from '../common/auth/actor';
import { AppConfig } from '../config/app-config';
import { AccountsService } from '../users/accounts.service';

interface AccessClaims {
  sub: string;
}

/**
 * Verifies access tokens with the algorithm, issuer and audience pinned (so `alg: none`
 * or a token for another audience never passes), then checks the account is still active.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly accounts: AccountsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET!,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Actor | false> {
    const user =
      typeof claims.sub === 'string'
        ? await this.accounts.findActive(claims.sub).catch(() => null)
        : null;
    return user
      ? new Actor(user.id, user.role, user.institutionId, user.institution?.timeZone)
      : false;
  }
}
