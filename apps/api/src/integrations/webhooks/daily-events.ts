import { EntityManager } from 'typeorm';
import { WebhookEvents, WebhookEventType } from './webhook-events';

/**
 * The events only a daily pass notices, for one institution by its `today`: notices past
 * their due date and graduates whose 23rd birthday came (within the last 30 days, so a first
 * run does not announce every older graduate). Each is written once (dedupe key).
 */
export async function emitDailyWebhookEvents(
  manager: EntityManager,
  institutionId: string,
  today: string,
): Promise<number> {
  const notices: { id: string; graduateId: string; dueOn: string }[] = await manager.query(
    `SELECT n.id, n.graduate_id AS "graduateId", n.due_on::text AS "dueOn"
       FROM guardianship_notices n
      WHERE n.institution_id = $1 AND n.status = 'to_send' AND n.due_on < $2
        AND NOT EXISTS (SELECT 1 FROM webhook_outbox w
                         WHERE w.dedupe_key = 'notice.overdue:' || n.id || ':' || n.due_on::text)`,
    [institutionId, today],
  );
  for (const n of notices)
    await WebhookEvents.emit(
      manager,
      institutionId,
      WebhookEventType.NoticeOverdue,
      { noticeId: n.id, graduateId: n.graduateId, dueOn: n.dueOn },
      `notice.overdue:${n.id}:${n.dueOn}`,
    );
  const turning: { id: string; birthday: string }[] = await manager.query(
    `SELECT g.id, (g.birth_date + interval '23 years')::date::text AS birthday
       FROM graduates g
      WHERE g.institution_id = $1 AND g.archived_at IS NULL
        AND g.birth_date + interval '23 years' <= $2::date
        AND g.birth_date + interval '23 years' > $2::date - 30
        AND NOT EXISTS (SELECT 1 FROM webhook_outbox w
                         WHERE w.dedupe_key = 'graduate.turning23:' || g.id)`,
    [institutionId, today],
  );
  for (const g of turning)
    await WebhookEvents.emit(
      manager,
      institutionId,
      WebhookEventType.GraduateTurning23,
      { graduateId: g.id, birthday: g.birthday },
      `graduate.turning23:${g.id}`,
    );
  return notices.length + turning.length;
}
