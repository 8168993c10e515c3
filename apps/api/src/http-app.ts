import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
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
    // Only the listed origins, with credentials so the SPA there can use the refresh
    // cookie; any other origin gets no CORS header at all.
    const origins = config.CORS_ORIGIN.split(',').map((o) => o.trim());
    express.enableCors((req: Request, callback) => {
      const origin = req.header('Origin');
      if (!origin || !origins.includes(origin)) return callback(null, { origin: false });
      callback(null, {
        origin,
        credentials: true,
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
    });
  }
  // API answers carry personal data: no browser or proxy may keep them.
  express.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  express.useBodyParser('json', { limit: '1mb' });
  express.setGlobalPrefix('api');
  express.useGlobalPipes(new SafeInputPipe(), createValidationPipe());
  serveSpa(express, config);
}

/** Hashed build output: a changed file gets a new name, so a copy may be kept for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Precompressed copies written by the web build, in the order we prefer them. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built SPA at `/` and answers its client-side routes with index.html. Files
 * under /assets have hashed names and are cached for a year; index.html (and anything else)
 * is revalidated on each visit, so a release is picked up at once. When the browser accepts
 * it, the .br or .gz copy made at build time is sent instead of the file.
 */
function serveSpa(app: NestExpressApplication, config: AppConfig): void {
  const dir = config.WEB_DIST_DIR === undefined ? DEFAULT_WEB_DIST : config.WEB_DIST_DIR;
  const root = dir ? resolve(dir) : '';
  const index = root ? join(root, 'index.html') : '';
  if (!root || !existsSync(index)) return;

  const send = (req: Request, res: Response, next: NextFunction, file: string) => {
    const variants = ENCODINGS.filter(({ suffix }) => isFile(file + suffix));
    // Ours first (brotli is smaller), among those the browser accepts (q > 0).
    const variant = variants.find(({ name }) => req.acceptsEncodings(name) === name);
    const headers: Record<string, string> = {
      'Cache-Control': file.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : 'no-cache',
      // The type of the file itself, not of its .br/.gz copy.
      'Content-Type': contentType(file),
    };
    if (variants.length) headers.Vary = 'Accept-Encoding';
    if (variant) headers['Content-Encoding'] = variant.name;
    res.sendFile(
      variant ? file + variant.suffix : file,
      { headers, dotfiles: 'allow', acceptRanges: !variant },
      (error) => {
        if (error && !res.headersSent) next(error);
      },
    );
  };

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    // A client-side route (no extension) gets the app page.
    if (!extname(req.path)) return send(req, res, next, index);
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    // Only files inside the build, and none of its hidden ones (.vite/manifest.json).
    const inside = file.startsWith(root + sep) && !relative(root, file).split(sep).some(isHidden);
    // A missing file (an old /assets/x.js) is a 404, not the app page.
    if (!inside || !isFile(file)) return next();
    send(req, res, next, file);
  });
}

const isHidden = (segment: string) => segment.startsWith('.');

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const contentType = (file: string) =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
