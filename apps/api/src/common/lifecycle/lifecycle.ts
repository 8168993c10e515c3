import { EntityManager, In } from 'typeorm';
import { User } from '../../users/user.entity';
import { DomainError } from '../problem/domain-error';
import { LifecycleEvent } from './lifecycle-event.entity';

/** A lifecycle written as a table: which action moves a record from which status to which. */
export type TransitionTable<S extends string, A extends string> = Readonly<
  Record<A, { from: readonly S[]; to: S }>
>;

/** The status after `action`, or 409 naming the current status when the move is not allowed. */
export function transition<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  action: A,
  current: S,
  labels: Readonly<Record<S, string>>,
): S {
  const rule = table[action];
  if (!rule.from.includes(current)) {
    throw new DomainError(
      409,
      'invalid-transition',
      `Действие недоступно: запись в статусе «${labels[current]}»`,
      { currentStatus: current, action },
    );
  }
  return rule.to;
}

export interface LifecycleEntry {
  entity: string;
  entityId: string;
  userId: string | null;
  from: string | null;
  to: string;
  reason?: string;
  details?: Record<string, unknown>;
}

export async function recordTransition(manager: EntityManager, e: LifecycleEntry): Promise<void> {
  await manager.insert(LifecycleEvent, {
    entity: e.entity,
    entityId: e.entityId,
    userId: e.userId,
    fromStatus: e.from,
    toStatus: e.to,
    reason: e.reason ?? '',
    details: (e.details ?? {}) as object,
  });
}

export interface HistoryEntry {
  at: Date;
  user: { id: string; fullName: string } | null;
  from: string | null;
  to: string;
  reason: string;
  details: Record<string, unknown>;
}

/** The transitions of one record, oldest first, with the names of who made them. */
export async function historyOf(
  manager: EntityManager,
  entity: string,
  entityId: string,
): Promise<HistoryEntry[]> {
  const events = await manager.find(LifecycleEvent, {
    where: { entity, entityId },
    order: { at: 'ASC' },
  });
  const userIds = [...new Set(events.map((e) => e.userId).filter((id): id is string => !!id))];
  const users = userIds.length ? await manager.findBy(User, { id: In(userIds) }) : [];
  const names = new Map(users.map((u) => [u.id, u.fullName]));
  return events.map((e) => ({
    at: e.at,
    user: e.userId ? { id: e.userId, fullName: names.get(e.userId) ?? '' } : null,
    from: e.fromStatus,
    to: e.toStatus,
    reason: e.reason,
    details: e.details,
  }));
}
