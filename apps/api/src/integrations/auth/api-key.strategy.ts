import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Request } from 'express';
import passport, { Strategy } from 'passport';
import { ApiKeyAuthenticator, presentedApiKey } from './api-key-authenticator';

/** The passport strategy name the global guard tries after `jwt`. */
export const API_KEY_STRATEGY = 'api-key';

class ApiKeyPassportStrategy extends Strategy {
  override name = API_KEY_STRATEGY;

  constructor(private readonly keys: ApiKeyAuthenticator) {
    super();
  }

  override authenticate(req: Request): void {
    if (presentedApiKey(req) === null) return this.fail(401);
    this.keys.resolve(req).then(
      (resolved) => (resolved?.actor ? this.success(resolved.actor) : this.fail(401)),
      (error: unknown) => this.error(error as Error),
    );
  }
}

/** Registers API key authentication with passport, beside the access-token strategy. */
@Injectable()
export class ApiKeyStrategy implements OnModuleInit {
  constructor(private readonly keys: ApiKeyAuthenticator) {}

  onModuleInit(): void {
    passport.use(API_KEY_STRATEGY, new ApiKeyPassportStrategy(this.keys));
  }
}
