import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/problem/domain-error';
import { AppConfig } from '../config/app-config';

/** The header every cookie-authenticated call must carry; a cross-site form cannot set it. */
export const CSRF_HEADER = 'X-Requested-With';

/**
 * Guards the routes the refresh cookie authenticates (refresh, logout) against cross-site
 * requests: they need the custom header (which a foreign page can send only after a CORS
 * preflight we refuse), and an Origin, when sent, must be this server or a configured
 * CORS_ORIGIN. SameSite=Strict on the cookie is the first line; this is the second.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const marker = req.get(CSRF_HEADER);
    const origin = req.get('Origin');
    if (!marker || (origin && !this.allowedOrigin(origin, req))) {
      throw new DomainError(
        403,
        'csrf',
        'Запрос отклонён: он пришёл не со страницы приложения. Обновите страницу и повторите.',
      );
    }
    return true;
  }

  private allowedOrigin(origin: string, req: Request): boolean {
    const configured = (this.config.CORS_ORIGIN ?? '').split(',').map((o) => o.trim());
    if (configured.includes(origin)) return true;
    try {
      return (
        new URL(origin).host ===
        (req.get('X-Forwarded-Host') && this.config.TRUST_PROXY
          ? req.get('X-Forwarded-Host')
          : req.get('Host'))
      );
    } catch {
      return false;
    }
  }
}
