import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Page, skipTake } from '../common/pagination/page';
import { notFound } from '../common/problem/domain-error';
import { ListNotificationsQueryDto } from './dto/notification.dto';
import { NotificationInput } from './notification-input';
import { Notification } from './notification.entity';

/**
 * Writing notifications (inside the producer's transaction) and reading one's own. Every
 * read is confined to the caller: someone else's notification does not exist for them.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds a notification in the caller's transaction, so it exists exactly when the change
   * does. Nobody is told about their own action; a repeated `dedupeKey` adds nothing.
   * Returns whether one was added.
   */
  async notify(manager: EntityManager, input: NotificationInput): Promise<boolean> {
    if (input.actorId && input.actorId === input.userId) return false;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        userId: input.userId,
        institutionId: input.institutionId,
        kind: input.kind,
        title: input.title,
        link: input.link,
        entityType: input.entityType,
        entityId: input.entityId ?? null,
        dedupeKey: input.dedupeKey ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async list(actor: Actor, query: ListNotificationsQueryDto): Promise<Page<Notification>> {
    const where: FindOptionsWhere<Notification> = { userId: actor.userId };
    if (query.unread) where.readAt = IsNull();
    const [items, total] = await this.dataSource.manager.findAndCount(Notification, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.manager.countBy(Notification, {
      userId: actor.userId,
      readAt: IsNull(),
    });
  }

  /** Marks one of the caller's notifications read (again is harmless: the first moment stays). */
  async markRead(actor: Actor, id: string): Promise<Notification> {
    const own = { id, userId: actor.userId };
    await this.dataSource.manager.update(
      Notification,
      { ...own, readAt: IsNull() },
      { readAt: () => 'now()' },
    );
    const found = await this.dataSource.manager.findOneBy(Notification, own);
    if (!found) throw notFound('Уведомление не найдено');
    return found;
  }

  /** Marks every unread notification of the caller read; answers how many were unread. */
  async markAllRead(actor: Actor): Promise<number> {
    const result = await this.dataSource.manager.update(
      Notification,
      { userId: actor.userId, readAt: IsNull() },
      { readAt: () => 'now()' },
    );
    return result.affected ?? 0;
  }
}
