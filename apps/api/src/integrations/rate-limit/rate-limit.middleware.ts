import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { jwtKey } from '../../config/jwt-secret';
import { ApiKeyAuthenticator, presentedApiKey } from '../auth/api-key-authenticator';
import { FixedWindowLimiter, RATE_LIMIT_WINDOW_SECONDS } from './rate-limiter';
import { VerifiedSubjects } from './verified-subjects';

/**
 * Counts every API request against a budget per API key (the client's own limit), per
 * signed-in user (a verified access token's subject) or else per address, and says so in the
 * `RateLimit-*` headers of every answer. Over budget: 429 problem+json with `Retry-After`.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly limiter = new FixedWindowLimiter();
  private readonly subjects: VerifiedSubjects;

  constructor(
    private readonly config: AppConfig,
    private readonly keys: ApiKeyAuthenticator,
  ) {
    this.subjects = new VerifiedSubjects(jwtKey(config), {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
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
      // A forged token cannot spend someone else's budget.
      const authorization = req.headers.authorization;
      const subject = authorization?.startsWith('Bearer ')
        ? this.subjects.of(authorization.slice(7).trim())
        : null;
      if (subject) return { bucket: `user:${subject}`, limit: perUser };
    }
    return { bucket: `ip:${req.ip ?? ''}`, limit: perUser };
  }
}
