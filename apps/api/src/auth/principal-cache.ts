import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';

/** Long enough to spare the lookup on a burst of requests, short enough to bound staleness. */
const TTL_MS = 30_000;
/** Bounded, so a flood of distinct tokens cannot grow the process. */
const MAX_ENTRIES = 10_000;

interface PrincipalRow {
  id: string;
  role: Role;
  institution_id: string | null;
  time_zone: string | null;
}

/** A new Actor per request: it memoises "today", which must not outlive the day. */
const actorOf = (row: PrincipalRow) =>
  new Actor(row.id, row.role, row.institution_id, row.time_zone ?? undefined);

/**
 * The caller behind an access token, kept for a few seconds so a request does not reload the
 * account. Only what the Actor needs is read (never the password hash). Any write to a user
 * or an institution through TypeORM drops the affected entries at once, so deactivating an
 * account or changing a role or a time zone takes effect on the next request; `invalidate`
 * and `clear` are there for anything else that ends a session (e.g. revoking tokens).
 */
@Injectable()
export class PrincipalCache implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { row: PrincipalRow; until: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** The active account `userId` as an Actor, or null when it is missing or deactivated. */
  async get(userId: string): Promise<Actor | null> {
    const now = Date.now();
    const hit = this.entries.get(userId);
    if (hit && hit.until > now) return actorOf(hit.row);
    const [row] = await this.dataSource.query<PrincipalRow[]>(
      `SELECT u.id, u.role, u.institution_id, i.time_zone
       FROM users u LEFT JOIN institutions i ON i.id = u.institution_id
       WHERE u.id = $1 AND u.active`,
      [userId],
    );
    if (!row) {
      this.entries.delete(userId);
      return null;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(userId, { row, until: now + TTL_MS });
    return actorOf(row);
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }

  clear(): void {
    this.entries.clear();
  }

  // ------------------------------------------------ writes that change who a caller is

  afterInsert(event: InsertEvent<unknown>): void {
    this.changed(event.metadata.target, event.entity);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.changed(event.metadata.target, event.entity ?? event.databaseEntity);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.changed(event.metadata.target, event.entity ?? event.databaseEntity);
  }

  /** The transaction may still be open: drop again once it is over, so no reload keeps the old row. */
  afterTransactionCommit(): void {
    if (this.dirty) this.clear();
    this.dirty = false;
  }

  afterTransactionRollback(): void {
    this.dirty = false;
  }

  private dirty = false;

  private changed(target: unknown, entity: unknown): void {
    if (target === Institution) {
      this.clear();
      this.dirty = true;
      return;
    }
    if (target !== User) return;
    const id = (entity as { id?: string } | undefined)?.id;
    if (id) this.invalidate(id);
    else this.clear();
    this.dirty = true;
  }
}
