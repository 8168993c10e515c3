import { NotificationKind } from './notification.entity';

/** What a producer passes to `NotificationsService.notify`. */
export interface NotificationInput {
  /** The recipient. */
  userId: string;
  institutionId: string;
  kind: NotificationKind;
  /** Russian, shown as is. */
  title: string;
  /** An address of the SPA. */
  link: string;
  entityType: string;
  entityId?: string | null;
  /** The same key never notifies twice (the daily pass: an activity and its due date). */
  dedupeKey?: string;
  /** Who caused it: nobody is told about their own action (assigning a file to oneself). */
  actorId?: string | null;
}
