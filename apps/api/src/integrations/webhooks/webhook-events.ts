import { EntityManager } from 'typeorm';

/** What a subscriber can be told about. Payloads hold ids and event data, never names. */
export enum WebhookEventType {
  AppealRegistered = 'appeal.registered',
  AppealResolved = 'appeal.resolved',
  ContractActivated = 'contract.activated',
  ContractEnded = 'contract.ended',
  NoticeOverdue = 'notice.overdue',
  ReportSubmitted = 'report.submitted',
  GraduateTurning23 = 'graduate.turning23',
}

export const WEBHOOK_EVENT_TYPES = Object.values(WebhookEventType);

/** Ids and plain facts (dates, statuses, codes): no names, addresses or contacts. */
export type WebhookEventData = Record<string, string | number | boolean | null>;

/**
 * Writes an event to `webhook_outbox` and one pending delivery per matching subscription of
 * the institution, in the caller's transaction: a rolled-back change announces nothing and
 * a committed one is delivered even if the process dies right after the commit.
 */
export const WebhookEvents = {
  /** `dedupeKey`: an event the daily pass may find again is written only once. */
  async emit(
    manager: EntityManager,
    institutionId: string,
    type: WebhookEventType,
    data: WebhookEventData,
    dedupeKey: string | null = null,
  ): Promise<void> {
    await manager.query(
      `WITH event AS (
         INSERT INTO webhook_outbox (institution_id, type, data, dedupe_key)
         VALUES ($1, $2, $3, $4) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id)
       INSERT INTO webhook_deliveries (event_id, subscription_id)
       SELECT event.id, s.id FROM event
         JOIN webhook_subscriptions s
           ON s.institution_id = $1 AND s.active AND $2 = ANY (s.events)`,
      [institutionId, type, JSON.stringify(data), dedupeKey],
    );
  },
};
