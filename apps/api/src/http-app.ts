import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
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
      exposedHeaders: ['X-Request-Id', 'Retry-After'],
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
  // API requests skip the file lookup (a stat() per request) and go straight to the routes.
  app.use(besideApi(serveStatic(dir, { index: false, maxAge: '1h' })));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApi(req)) return next();
    // A missing file (an old /assets/x.js) is a 404, not the app page.
    if (extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

const isApi = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');

/** Runs `handler` for everything but the API. */
const besideApi =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) =>
    isApi(req) ? next() : handler(req, res, next);
