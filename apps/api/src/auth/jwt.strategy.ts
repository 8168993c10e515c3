import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Actor } from '../common/auth/actor';
import { AppConfig } from '../config/app-config';
import { PrincipalCache } from './principal-cache';

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
    private readonly principals: PrincipalCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, built once: given a string, jsonwebtoken parses it again on every
      // request. jsonwebtoken accepts a KeyObject; passport-jwt's typings do not say so.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET!)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Actor | false> {
    const actor =
      typeof claims.sub === 'string'
        ? await this.principals.get(claims.sub).catch(() => null)
        : null;
    return actor ?? false;
  }
}
