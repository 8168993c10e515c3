import { EntityManager } from 'typeorm';
import { NotificationInput } from '../notification-input';
import { activityOverdue, noticeOverdue } from '../messages';

/*
 * What became overdue in one institution by its `today` and has not been notified for that
 * due date yet. No window of days: an activity entered late, or a pass missed while the
 * server was down, is caught up by the next pass; the dedupe key keeps it to once.
 */

interface OverdueActivityRow {
  id: string;
  title: string;
  dueOn: string;
  userId: string;
  graduateId: string;
  contractId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
}

/** Open activities of live contracts' plans past their due date, to their responsible staff. */
export async function overdueActivities(
  manager: EntityManager,
  institutionId: string,
  today: string,
): Promise<NotificationInput[]> {
  const rows: OverdueActivityRow[] = await manager.query(
    `SELECT a.id, a.title, a.due_on::text AS "dueOn", a.responsible_user_id AS "userId",
            p.graduate_id AS "graduateId", p.contract_id AS "contractId",
            g.last_name AS "lastName", g.first_name AS "firstName", g.patronymic
       FROM plan_activities a
       JOIN support_plans p ON p.id = a.plan_id
       JOIN contracts c ON c.id = p.contract_id AND c.status IN ('draft', 'active')
       JOIN graduates g ON g.id = p.graduate_id
       JOIN users u ON u.id = a.responsible_user_id AND u.active
      WHERE a.institution_id = $1 AND a.status IN ('planned', 'moved') AND a.due_on < $2
        AND NOT EXISTS (SELECT 1 FROM notifications n
                         WHERE n.dedupe_key = 'activity-overdue:' || a.id || ':' || a.due_on::text)
      ORDER BY a.due_on, a.id`,
    [institutionId, today],
  );
  return rows.map((r) => activityOverdue({ ...r, institutionId }, r, r, { userId: r.userId }));
}

interface OverdueNoticeRow {
  id: string;
  dueOn: string;
  graduateId: string;
  userId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
}

/**
 * Guardianship notices still to send after their due date, to the graduate's responsible
 * specialist (or, for a file without one, whoever recorded the notice).
 */
export async function overdueNotices(
  manager: EntityManager,
  institutionId: string,
  today: string,
): Promise<NotificationInput[]> {
  const rows: OverdueNoticeRow[] = await manager.query(
    `SELECT n.id, n.due_on::text AS "dueOn", n.graduate_id AS "graduateId", u.id AS "userId",
            g.last_name AS "lastName", g.first_name AS "firstName", g.patronymic
       FROM guardianship_notices n
       JOIN graduates g ON g.id = n.graduate_id
       JOIN users u ON u.id = COALESCE(g.responsible_specialist_id, n.created_by) AND u.active
      WHERE n.institution_id = $1 AND n.status = 'to_send' AND n.due_on < $2
        AND NOT EXISTS (SELECT 1 FROM notifications x
                         WHERE x.dedupe_key = 'notice-overdue:' || n.id || ':' || n.due_on::text)
      ORDER BY n.due_on, n.id`,
    [institutionId, today],
  );
  return rows.map((r) => noticeOverdue({ ...r, institutionId }, r, { userId: r.userId }));
}
