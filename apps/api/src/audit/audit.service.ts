import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { AuditAction, AuditEntry } from './audit-entry.entity';

export interface AuditEvent {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  institutionId?: string | null;
  changedFields?: string[];
  details?: Record<string, unknown>;
}

/** Writes the access log. Pass the transaction's manager so a rolled-back change leaves no entry. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(actor: Actor, event: AuditEvent, manager?: EntityManager): Promise<void> {
    await (manager ?? this.entries.manager).insert(AuditEntry, {
      userId: actor.userId,
      institutionId: event.institutionId ?? actor.institutionId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      changedFields: event.changedFields ?? [],
      details: (event.details ?? {}) as object,
    });
  }

  /**
   * A list or search result: one entry naming the ids returned (never names or the search
   * text), so "who saw this person in a list" can be answered later.
   */
  recordList(
    actor: Actor,
    entity: string,
    ids: readonly string[],
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.record(actor, {
      action: AuditAction.List,
      entity,
      details: { ...details, ids: [...ids] },
    });
  }

  /** A list of records of personal files: their ids and the files they belong to. */
  recordCaseList(
    actor: Actor,
    entity: string,
    items: readonly { id: string; graduateId: string | null }[],
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const graduateIds = [...new Set(items.map((item) => item.graduateId).filter(Boolean))];
    return this.recordList(
      actor,
      entity,
      items.map((item) => item.id),
      { ...details, graduateIds },
    );
  }

  /** Names of the fields whose values differ between two snapshots of a record (key order aside). */
  static changedFields(before: object, after: object): string[] {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter(
      (key) =>
        canonical((before as Record<string, unknown>)[key]) !==
        canonical((after as Record<string, unknown>)[key]),
    );
  }
}

/** JSON with object keys sorted, so values read back from jsonb compare equal to what was sent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
