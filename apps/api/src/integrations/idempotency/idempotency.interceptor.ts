import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/problem/domain-error';
import { IdempotencyState } from './idempotency-key.entity';
import { failure } from '../../common/logging/safe-error';

/** Kept this long; the contract promises at least 24 hours. */
const RETENTION = "interval '48 hours'";

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Printable ASCII, as the IETF draft's examples (UUIDs, random strings). */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;
/** A request still "in progress" after this is taken to have died with its process. */
const ABANDONED = "interval '10 minutes'";

interface Stored {
  request_hash: string;
  state: IdempotencyState;
  response_status: number | null;
  response_body: unknown;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer (status and
 * body) is stored; a repeat with the same body gets that answer again without running, a
 * repeat with another body is refused (422), and one that arrives while the first still runs
 * gets 409. Keyed by (caller, key); failed requests are forgotten so they can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: Actor }>();
    const header = req.headers[IDEMPOTENCY_HEADER];
    if (req.method !== 'POST' || header === undefined || !req.user) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!VALID_KEY.test(key)) return throwError(() => invalidKey());
    const principal = req.user.userId;
    const hash = requestHash(req);
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    return from(this.claim(principal, key, hash)).pipe(
      mergeMap((stored) => {
        if (stored) {
          http.getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
          return of(stored.response_body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) => from(this.finish(principal, key, status, body))),
          catchError((error: unknown) =>
            from(this.forget(principal, key)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  /** Null when this request may run; the stored answer when it is a repeat. */
  private async claim(principal: string, key: string, hash: string): Promise<Stored | null> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const [inserted] = (await this.dataSource.query(
        `INSERT INTO idempotency_keys (principal, key, request_hash, state)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
        [principal, key, hash, IdempotencyState.InProgress],
      )) as unknown[];
      if (inserted) return null;
      const [stored] = (await this.dataSource.query(
        `SELECT request_hash, state, response_status, response_body,
                (state = $3 AND created_at < now() - ${ABANDONED}) AS abandoned
           FROM idempotency_keys WHERE principal = $1 AND key = $2`,
        [principal, key, IdempotencyState.InProgress],
      )) as (Stored & { abandoned: boolean })[];
      if (!stored) continue; // forgotten in between: try to claim it again
      if (stored.request_hash !== hash) throw keyReused();
      if (stored.abandoned) {
        await this.forget(principal, key);
        continue;
      }
      if (stored.state === IdempotencyState.InProgress) throw stillRunning();
      return stored;
    }
    throw stillRunning();
  }

  private async finish(principal: string, key: string, status: number, body: unknown) {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = $3, response_status = $4, response_body = $5
        WHERE principal = $1 AND key = $2`,
      [principal, key, IdempotencyState.Done, status, JSON.stringify(body ?? null)],
    );
    return body;
  }

  private async forget(principal: string, key: string): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2`, [principal, key])
      .catch((error: unknown) => this.logger.warn(failure('Idempotency key not released', error)));
  }
}

/** Forgets keys older than the retention, every hour. */
@Injectable()
export class IdempotencyCleanup {
  private readonly logger = new Logger('Idempotency');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Interval(60 * 60_000)
  async cleanup(): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM idempotency_keys WHERE created_at < now() - ${RETENTION}`)
      .catch((error: unknown) => this.logger.warn(failure('Idempotency cleanup failed', error)));
  }
}

/** What makes two requests "the same": method, path with query, and the JSON body. */
function requestHash(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

const invalidKey = () =>
  new DomainError(400, 'validation', 'Недопустимый ключ идемпотентности', {
    errors: { 'Idempotency-Key': ['1 to 255 printable ASCII characters'] },
  });

const keyReused = () =>
  new DomainError(
    422,
    'idempotency-key-reused',
    'Этот ключ идемпотентности уже использован для другого запроса',
  );

const stillRunning = () =>
  new DomainError(
    409,
    'idempotency-key-in-progress',
    'Запрос с этим ключом идемпотентности ещё выполняется; повторите позже',
  );
