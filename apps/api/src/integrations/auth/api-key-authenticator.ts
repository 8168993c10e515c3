import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Permission } from '../../common/auth/permissions';
import { hashApiKey, looksLikeApiKey } from '../clients/api-keys';
import { addressAllowed } from './cidr';
import { IntegrationActor } from './integration-actor';
import { failure } from '../../common/logging/safe-error';

interface KeyRow {
  key_id: string;
  client_id: string;
  user_id: string;
  institution_id: string;
  time_zone: string | null;
  permissions: Permission[];
  allowed_cidrs: string[];
  rate_limit_per_minute: number;
  last_used_at: Date | null;
  usable: boolean;
}

/** What a request's API key resolved to; `actor` is null when the key must be refused. */
export interface ResolvedKey {
  keyId: string | null;
  actor: IntegrationActor | null;
  rateLimitPerMinute: number;
}

const RESOLVED = Symbol('postcare:api-key');
/** last_used_at is written at most this often per key, not on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

/** The API key a request presents: `X-API-Key: <key>` or `Authorization: Bearer <key>`. */
export function presentedApiKey(req: Request): string | null {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice(7).trim();
    if (looksLikeApiKey(token)) return token;
  }
  return null;
}

/**
 * Turns a presented key into the client's actor. A revoked or expired key, a key of an
 * archived or expired client, or a call from outside the client's address ranges resolves to
 * no actor (401). The answer is kept on the request, so the rate limiter and the guard share
 * one lookup.
 */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger('ApiKeys');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(req: Request): Promise<ResolvedKey | null> {
    const holder = req as unknown as Record<symbol, Promise<ResolvedKey | null>>;
    holder[RESOLVED] ??= this.lookup(req);
    return holder[RESOLVED];
  }

  private async lookup(req: Request): Promise<ResolvedKey | null> {
    const key = presentedApiKey(req);
    if (key === null) return null;
    const refused: ResolvedKey = { keyId: null, actor: null, rateLimitPerMinute: 0 };
    if (!looksLikeApiKey(key)) return refused;
    const [row] = (await this.dataSource.query(
      `SELECT k.id AS key_id, c.id AS client_id, c.user_id, c.institution_id, i.time_zone,
              c.permissions, c.allowed_cidrs, c.rate_limit_per_minute, k.last_used_at,
              (k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
               AND c.active AND u.active AND (c.expires_at IS NULL OR c.expires_at > now())) AS usable
         FROM api_keys k
         JOIN api_clients c ON c.id = k.client_id
         JOIN users u ON u.id = c.user_id
         JOIN institutions i ON i.id = c.institution_id
        WHERE k.hash = $1`,
      [hashApiKey(key)],
    )) as KeyRow[];
    if (!row) return refused;
    const resolved: ResolvedKey = {
      keyId: row.key_id,
      actor: null,
      rateLimitPerMinute: row.rate_limit_per_minute,
    };
    if (!row.usable || !addressAllowed(req.ip, row.allowed_cidrs)) return resolved;
    this.touch(row);
    resolved.actor = new IntegrationActor(
      row.user_id,
      row.institution_id,
      row.time_zone ?? undefined,
      row.client_id,
      row.key_id,
      row.permissions,
    );
    return resolved;
  }

  /** Records the key's last use; not awaited, a failure only costs the timestamp. */
  private touch(row: KeyRow): void {
    if (row.last_used_at && Date.now() - row.last_used_at.getTime() < LAST_USED_GRANULARITY_MS)
      return;
    this.dataSource
      .query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [row.key_id])
      .catch((error: unknown) => this.logger.warn(failure('last_used_at not written', error)));
  }
}
