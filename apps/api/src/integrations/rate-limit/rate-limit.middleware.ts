import { Injectable, NestMiddleware } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { ApiKeyAuthenticator, presentedApiKey } from '../auth/api-key-authenticator';
import { FixedWindowLimiter, RATE_LIMIT_WINDOW_SECONDS } from './rate-limiter';

/**
 * Counts every API request against a budget per API key (the client's own limit), per
 * signed-in user (a verified access token's subject) or else per address, and says so in the
 * `RateLimit-*` headers of every answer. Over budget: 429 problem+json with `Retry-After`.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly limiter = new FixedWindowLimiter();
  private readonly tokens: JwtService;

  constructor(
    private readonly config: AppConfig,
    private readonly keys: ApiKeyAuthenticator,
  ) {
    this.tokens = new JwtService({
      secret: config.JWT_SECRET,
      verifyOptions: {
        algorithms: ['HS256'],
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
      },
    });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const { bucket, limit } = await this.bucketOf(req);
      const state = this.limiter.hit(bucket, limit);
      res.setHeader('RateLimit-Limit', String(state.limit));
      res.setHeader('RateLimit-Remaining', String(state.remaining));
      res.setHeader('RateLimit-Reset', String(state.resetSeconds));
      res.setHeader('RateLimit-Policy', `${state.limit};w=${RATE_LIMIT_WINDOW_SECONDS}`);
      if (!state.allowed) {
        throw new DomainError(
          429,
          'rate-limited',
          `Слишком много запросов: не больше ${state.limit} в минуту. Повторите через ${state.resetSeconds} с.`,
          {},
          { 'Retry-After': String(state.resetSeconds) },
        );
      }
      next();
    } catch (error) {
      next(error);
    }
  }

  private async bucketOf(req: Request): Promise<{ bucket: string; limit: number }> {
    const perUser = this.config.API_RATE_LIMIT_PER_MINUTE;
    if (presentedApiKey(req) !== null) {
      const resolved = await this.keys.resolve(req);
      if (resolved?.keyId)
        return { bucket: `key:${resolved.keyId}`, limit: resolved.rateLimitPerMinute };
    } else {
      const subject = this.verifiedSubject(req);
      if (subject) return { bucket: `user:${subject}`, limit: perUser };
    }
    return { bucket: `ip:${req.ip ?? ''}`, limit: perUser };
  }

  /** The user of a valid access token; a forged one cannot spend someone else's budget. */
  private verifiedSubject(req: Request): string | null {
    const authorization = req.headers.authorization;
    if (!authorization?.startsWith('Bearer ')) return null;
    try {
      const claims = this.tokens.verify<{ sub?: unknown }>(authorization.slice(7).trim());
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
