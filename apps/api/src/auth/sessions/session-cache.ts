import { Injectable } from '@nestjs/common';
import { Role } from '../../common/auth/permissions';
import { AppConfig } from '../../config/app-config';

/** What a live session lets its access tokens do (the account as it was when checked). */
export interface LiveSession {
  userId: string;
  role: Role;
  institutionId: string | null;
  timeZone: string | undefined;
  mustChangePassword: boolean;
}

/**
 * Remembers for SESSION_CACHE_SECONDS whether a session (refresh-token family) is still
 * live, so access tokens are checked against revocation without a database round trip on
 * every request. Everything that revokes sessions in this process forgets them here at once;
 * other processes notice within the TTL (see docs/decisions.md). Revocations inside a
 * transaction forget again after the commit, so a lookup racing the commit is not kept.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, { session: LiveSession | null; until: number }>();
  /** Bumped on every revocation: a lookup that began before one must not be cached. */
  private generation = 0;

  constructor(private readonly config: AppConfig) {}

  /** The cached answer (null = known dead), or undefined when it must be looked up. */
  get(sessionId: string): LiveSession | null | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.session;
  }

  /** Call before reading the database; pass the result to `set`. */
  startLookup(): number {
    return this.generation;
  }

  set(sessionId: string, session: LiveSession | null, lookup: number): void {
    const ttl = this.config.SESSION_CACHE_SECONDS * 1000;
    if (ttl === 0 || lookup !== this.generation) return;
    if (this.entries.size > 10_000) this.prune();
    this.entries.set(sessionId, { session, until: Date.now() + ttl });
  }

  forgetSession(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
  }

  /** After a change to the account itself (password, role, blocking): all its sessions. */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [id, entry] of this.entries)
      if (entry.session?.userId === userId) this.entries.delete(id);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (entry.until <= now) this.entries.delete(id);
  }
}
