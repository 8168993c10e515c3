import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, catchError, tap, throwError } from 'rxjs';
import { DomainError } from '../../common/problem/domain-error';

/** `"7"`: a strong entity tag made of the record's optimistic-lock version. */
export const etagOf = (version: number) => `"${version}"`;

/**
 * Conditional requests on top of the optimistic locking every record has:
 * - a single record in an answer (an object with `id` and `version`) gets `ETag: "<version>"`;
 * - `If-Match: "<version>"` on PATCH/PUT/POST stands for the body's `version` (filled in when
 *   the body has none); a body version that disagrees, or a record changed meanwhile, is
 *   412 problem+json instead of the 409 a body-only caller gets.
 */
@Injectable()
export class ConditionalRequestsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const ifMatch = req.headers['if-match'];
    let conditional = false;
    if (ifMatch !== undefined && ['PATCH', 'PUT', 'POST'].includes(req.method)) {
      const expected = parseIfMatch(ifMatch);
      if (expected === null) return throwError(() => preconditionFailed());
      const body = req.body as Record<string, unknown> | undefined;
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        if (body.version === undefined) body.version = expected;
        else if (body.version !== expected) return throwError(() => preconditionFailed());
        conditional = true;
      }
    }
    return next.handle().pipe(
      tap((body: unknown) => {
        const version = singleRecordVersion(body);
        if (version !== null && !res.headersSent) res.setHeader('ETag', etagOf(version));
      }),
      catchError((error: unknown) =>
        throwError(() =>
          conditional && error instanceof DomainError && error.code === 'stale-version'
            ? preconditionFailed()
            : error,
        ),
      ),
    );
  }
}

/** The version in `If-Match: "7"` (or `W/"7"`, compared as the same version); null if malformed. */
function parseIfMatch(header: string | string[]): number | null {
  const value = (Array.isArray(header) ? header[0] : header).trim();
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value);
  return match ? Number(match[1]) : null;
}

function singleRecordVersion(body: unknown): number | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { id, version } = body as { id?: unknown; version?: unknown };
  return typeof id === 'string' && Number.isInteger(version) ? (version as number) : null;
}

const preconditionFailed = () =>
  new DomainError(
    412,
    'precondition-failed',
    'Запись изменена с тех пор, как вы её получили (If-Match не совпадает). Получите её заново.',
  );
