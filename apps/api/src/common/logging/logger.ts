import { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { isStatementError, serializeError } from './safe-error';

/** Paths never written to logs: credentials, tokens, personal data in bodies. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.temporaryPassword',
];

export function createRootLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    // Errors never carry SQL or the values of a failed statement into the log.
    serializers: { err: serializeError, error: serializeError },
    base: { service: 'postcare-api' },
  });
}

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Request logging; the request id is the correlation id echoed in X-Request-Id and problem bodies. */
export function createHttpLogger(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse, never>({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Only method and path: query strings may carry search terms with personal names.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
    // Who and which route (the pattern, never the ids or the query string), at the end.
    customSuccessObject: (req, _res, value: object) => ({ ...value, ...whoAndWhere(req) }),
    customErrorObject: (req, _res, _err, value: object) => ({ ...value, ...whoAndWhere(req) }),
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  });
}

function whoAndWhere(req: IncomingMessage) {
  const { user, route } = req as IncomingMessage & {
    user?: { userId?: string };
    route?: { path?: string };
  };
  return { userId: user?.userId, route: route?.path };
}

/** Lets Nest's own messages go through the same JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string) {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace',
    message: unknown,
    context?: string,
  ) {
    if (message instanceof Error) {
      // Spread, an error's own fields (a failed statement's parameters) would reach the log.
      // A failed statement's message quotes the value; its code and table are in `err`.
      const text = isStatementError(message) ? 'Database statement failed' : message.message;
      this.logger[level]({ context, err: message }, text);
    } else if (message !== null && typeof message === 'object') {
      this.logger[level]({ context, ...(message as object) });
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
