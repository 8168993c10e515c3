import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';
import { Appeal } from '../../appeals/appeal.entity';
import { Permission } from '../../common/auth/permissions';
import { Contract } from '../../contracts/contract.entity';
import { Graduate } from '../../graduates/graduate.entity';
import { AidService } from '../../services/aid-service.entity';
import { ChangeAction, ChangeLogEntry } from './change-log-entry.entity';

/** The records the feed reports, their name in it, and the permission needed to see them. */
export const FEED_RESOURCES = [
  { entity: Graduate, resource: 'graduate', permission: Permission.GraduatesRead },
  { entity: Appeal, resource: 'appeal', permission: Permission.AppealsRead },
  { entity: AidService, resource: 'service', permission: Permission.ServicesRead },
  { entity: Contract, resource: 'contract', permission: Permission.ContractsRead },
] as const;

interface Tracked {
  id?: string;
  institutionId?: string;
  version?: number;
  archivedAt?: Date | null;
}

/**
 * Writes a change-log row for every insert and saved update of a feed record, with the
 * transaction's own manager: the row commits or rolls back with the change.
 */
@Injectable()
export class ChangeLogSubscriber implements EntitySubscriberInterface {
  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  async afterInsert(event: InsertEvent<unknown>): Promise<void> {
    await this.record(event.metadata.target, event.entity as Tracked, ChangeAction.Created, event);
  }

  async afterUpdate(event: UpdateEvent<unknown>): Promise<void> {
    const after = { ...(event.databaseEntity as Tracked), ...(event.entity as Tracked) };
    const wasArchived = Boolean((event.databaseEntity as Tracked | undefined)?.archivedAt);
    const action = after.archivedAt && !wasArchived ? ChangeAction.Archived : ChangeAction.Changed;
    await this.record(event.metadata.target, after, action, event);
  }

  private async record(
    target: unknown,
    entity: Tracked | undefined,
    action: ChangeAction,
    event: InsertEvent<unknown> | UpdateEvent<unknown>,
  ): Promise<void> {
    const kind = FEED_RESOURCES.find((r) => r.entity === target);
    // Bulk query-builder updates carry no record: they are not reported.
    if (!kind || !entity?.id || !entity.institutionId) return;
    await event.manager.insert(ChangeLogEntry, {
      resource: kind.resource,
      resourceId: entity.id,
      institutionId: entity.institutionId,
      version: entity.version ?? 1,
      action,
    });
  }
}
