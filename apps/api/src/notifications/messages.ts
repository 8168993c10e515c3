import { fullNameOf } from '../common/person-name';
import { formatDay } from '../common/russian-dates';
import { surnameWithInitials } from '../documents/russian-format';
import { NotificationInput } from './notification-input';
import { NotificationKind } from './notification.entity';

/*
 * The Russian titles and the SPA addresses of notifications, in one place. Addresses follow
 * the SPA's own (apps/web/src/features/<feature>/paths.ts). A graduate is named by surname
 * and initials: enough for the recipient, who may open the file, and little in an e-mail.
 */

interface Person {
  lastName: string;
  firstName: string;
  patronymic: string;
}

/** Who gets it and who caused it. */
interface Addressing {
  userId: string;
  actorId?: string | null;
}

const nameOf = (person: Person) => surnameWithInitials(fullNameOf(person));

export const links = {
  graduate: (graduateId: string) => `/graduates/${graduateId}`,
  plan: (graduateId: string, contractId: string) =>
    `/graduates/${graduateId}?tab=plan&contract=${contractId}`,
  appeal: (graduateId: string, appealId: string) =>
    `/appeals?graduateId=${graduateId}&appeal=${appealId}`,
  monitoring: (graduateId: string) => `/graduates/${graduateId}?tab=monitoring`,
  report: (reportId: string) => `/reports/${reportId}`,
};

/** A report accepted, or returned with the reviewer's comment, told to its author. */
export function reportReviewed(
  report: { id: string; institutionId: string },
  title: string,
  outcome: { accepted: boolean; comment: string },
  to: Addressing,
): NotificationInput {
  const comment = outcome.comment.trim();
  const shortComment = comment.length > 200 ? `${comment.slice(0, 199)}…` : comment;
  return {
    ...to,
    institutionId: report.institutionId,
    kind: outcome.accepted ? NotificationKind.ReportAccepted : NotificationKind.ReportReturned,
    title: outcome.accepted
      ? `Отчёт принят: ${title}`
      : `Отчёт возвращён на доработку: ${title}` + (shortComment ? ` — «${shortComment}»` : ''),
    link: links.report(report.id),
    entityType: 'report',
    entityId: report.id,
  };
}

export function graduateAssigned(
  graduate: Person & { id: string; institutionId: string },
  to: Addressing,
): NotificationInput {
  return {
    ...to,
    institutionId: graduate.institutionId,
    kind: NotificationKind.GraduateAssigned,
    title: `Вам передано личное дело: ${nameOf(graduate)}`,
    link: links.graduate(graduate.id),
    entityType: 'graduate',
    entityId: graduate.id,
  };
}

export function appealAssigned(
  appeal: { id: string; institutionId: string; graduateId: string },
  graduate: Person,
  to: Addressing,
): NotificationInput {
  return {
    ...to,
    institutionId: appeal.institutionId,
    kind: NotificationKind.AppealAssigned,
    title: `Вам передано обращение: ${nameOf(graduate)}`,
    link: links.appeal(appeal.graduateId, appeal.id),
    entityType: 'appeal',
    entityId: appeal.id,
  };
}

export function planReviewed(
  plan: { id: string; institutionId: string; graduateId: string; contractId: string },
  graduate: Person,
  outcome: { approved: boolean; comment: string },
  to: Addressing,
): NotificationInput {
  const comment = outcome.comment.trim();
  const shortComment = comment.length > 200 ? `${comment.slice(0, 199)}…` : comment;
  const title = outcome.approved
    ? `План сопровождения утверждён: ${nameOf(graduate)}`
    : `План сопровождения возвращён на доработку: ${nameOf(graduate)}` +
      (shortComment ? ` — «${shortComment}»` : '');
  return {
    ...to,
    institutionId: plan.institutionId,
    kind: outcome.approved ? NotificationKind.PlanApproved : NotificationKind.PlanReturned,
    title,
    link: links.plan(plan.graduateId, plan.contractId),
    entityType: 'plan',
    entityId: plan.id,
  };
}

export function activityOverdue(
  activity: { id: string; title: string; dueOn: string; institutionId: string },
  plan: { graduateId: string; contractId: string },
  graduate: Person,
  to: Addressing,
): NotificationInput {
  return {
    ...to,
    institutionId: activity.institutionId,
    kind: NotificationKind.ActivityOverdue,
    title: `Просрочено мероприятие «${activity.title}» (срок ${formatDay(activity.dueOn)}): ${nameOf(graduate)}`,
    link: links.plan(plan.graduateId, plan.contractId),
    entityType: 'plan_activity',
    entityId: activity.id,
    dedupeKey: `activity-overdue:${activity.id}:${activity.dueOn}`,
  };
}

export function noticeOverdue(
  notice: { id: string; dueOn: string; institutionId: string; graduateId: string },
  graduate: Person,
  to: Addressing,
): NotificationInput {
  return {
    ...to,
    institutionId: notice.institutionId,
    kind: NotificationKind.NoticeOverdue,
    title: `Не отправлено информирование органа опеки (срок ${formatDay(notice.dueOn)}): ${nameOf(graduate)}`,
    link: links.monitoring(notice.graduateId),
    entityType: 'notice',
    entityId: notice.id,
    dedupeKey: `notice-overdue:${notice.id}:${notice.dueOn}`,
  };
}
