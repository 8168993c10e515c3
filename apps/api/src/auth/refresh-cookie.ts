import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';

/** The refresh token travels only in this httpOnly cookie, sent back only to /api/auth. */
export const REFRESH_COOKIE = 'postcare_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

/**
 * Secure when the request came over HTTPS (directly or, with TRUST_PROXY, through a proxy)
 * or when COOKIE_SECURE says the deployment is HTTPS-only; a plain-HTTP development or
 * intranet address still works.
 */
export function setRefreshCookie(req: Request, res: Response, token: string, config: AppConfig) {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    secure: req.secure || config.COOKIE_SECURE,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 86_400_000,
  });
}

export function clearRefreshCookie(req: Request, res: Response, config: AppConfig) {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    secure: req.secure || config.COOKIE_SECURE,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
  });
}

/** The refresh token of the request, if it carries the cookie. */
export function refreshCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === REFRESH_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value && value.length <= 200 ? value : null;
    }
  }
  return null;
}
