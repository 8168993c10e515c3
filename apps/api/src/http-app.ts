import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { createHttpLogger } from './common/logging/logger';
import { createValidationPipe } from './common/problem/validation';
import { SafeInputPipe } from './common/validation/safe-input.pipe';
import { AppConfig } from './config/app-config';

/** Default location of the built SPA: apps/web/dist of this checkout. */
const DEFAULT_WEB_DIST = resolve(__dirname, '../../web/dist');

/** Everything HTTP-level the app needs, shared by the server and the spec writer. */
export function configureApp(app: INestApplication, config: AppConfig, logger?: Logger): void {
  const express = app as NestExpressApplication;
  if (logger) express.use(createHttpLogger(logger));
  express.set('trust proxy', config.TRUST_PROXY);
  express.disable('x-powered-by');
  // HSTS and upgrade-insecure-requests belong to the TLS-terminating proxy: on a plain-HTTP
  // intranet address they would break the SPA.
  express.use(
    helmet({
      hsts: false,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  if (config.CORS_ORIGIN) {
    express.enableCors({
      origin: config.CORS_ORIGIN.split(',').map((o) => o.trim()),
      exposedHeaders: [
        'X-Request-Id',
        'Retry-After',
        // Integrations: rate limits, versions for If-Match, idempotent replays.
        'RateLimit-Limit',
        'RateLimit-Remaining',
        'RateLimit-Reset',
        'RateLimit-Policy',
        'ETag',
        'Idempotent-Replayed',
      ],
    });
  }
  express.useBodyParser('json', { limit: '1mb' });
  express.setGlobalPrefix('api');
  express.useGlobalPipes(new SafeInputPipe(), createValidationPipe());
  serveSpa(express, config);
}

/** Serves the built SPA at `/` and answers its client-side routes with index.html. */
function serveSpa(app: NestExpressApplication, config: AppConfig): void {
  const dir = config.WEB_DIST_DIR === undefined ? DEFAULT_WEB_DIST : config.WEB_DIST_DIR;
  const index = dir ? join(dir, 'index.html') : '';
  if (!dir || !existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/')) return next();
    // A missing file (an old /assets/x.js) is a 404, not the app page.
    if (extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
