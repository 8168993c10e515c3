import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, IsNull } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, notFound, staleVersion } from '../../common/problem/domain-error';
import { consentStates } from '../consents/consent-state';
import { Graduate } from '../graduate.entity';
import { GraduatesService } from '../graduates.service';
import { refuseWithoutConsent } from '../personal-data';
import { GraduateRecord } from './graduate-record.entity';

/** One kind of row kept beside a personal file. */
export interface RecordKind<T extends GraduateRecord> {
  entity: new () => T;
  /** Name in the audit log. */
  auditName: string;
  notFound: string;
  /** Rules for the row as it would be saved (for a change: the stored row with the change applied). */
  check?: (
    actor: Actor,
    manager: EntityManager,
    graduate: Graduate,
    row: DeepPartial<T>,
  ) => Promise<void>;
}

/**
 * Listing, adding, correcting and archiving the rows of a personal file (relatives, identity
 * documents) the same way: visible only with the file, written only under a current consent
 * and while the file is not archived, versioned, never deleted, every read and change audited.
 */
@Injectable()
export class GraduateRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  async list<T extends GraduateRecord>(
    kind: RecordKind<T>,
    actor: Actor,
    graduateId: string,
    includeArchived = false,
  ): Promise<T[]> {
    await this.graduates.getVisible(actor, graduateId);
    const rows = await this.dataSource.manager.find(kind.entity, {
      where: { graduateId, ...(includeArchived ? {} : { archivedAt: IsNull() }) } as never,
      order: { createdAt: 'ASC' } as never,
    });
    await this.audit.recordList(
      actor,
      kind.auditName,
      rows.map((r) => r.id),
      { graduateId },
    );
    return rows;
  }

  create<T extends GraduateRecord>(
    kind: RecordKind<T>,
    actor: Actor,
    graduateId: string,
    values: NoInfer<DeepPartial<T>>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.writableGraduate(actor, graduateId, manager);
      await kind.check?.(actor, manager, graduate, values);
      const saved = await manager.save(
        manager.create(kind.entity, {
          ...values,
          graduateId,
          institutionId: graduate.institutionId,
          createdBy: actor.userId,
        } as DeepPartial<T>),
      );
      await this.record(
        actor,
        kind.auditName,
        AuditAction.Create,
        saved,
        Object.keys(values),
        manager,
      );
      return saved;
    });
  }

  update<T extends GraduateRecord>(
    kind: RecordKind<T>,
    actor: Actor,
    graduateId: string,
    id: string,
    version: number,
    values: NoInfer<DeepPartial<T>>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.writableGraduate(actor, graduateId, manager);
      const row = await this.lockedRow(kind, graduateId, id, version, manager);
      if (row.archivedAt) throw new DomainError(409, 'archived', 'Запись в архиве: её не меняют');
      const before = { ...row };
      Object.assign(row, values);
      await kind.check?.(actor, manager, graduate, row as DeepPartial<T>);
      const saved = await manager.save(row);
      const changed = AuditService.changedFields(before, { ...saved }).filter(
        (f) => !['version', 'updatedAt'].includes(f),
      );
      await this.record(actor, kind.auditName, AuditAction.Update, saved, changed, manager);
      return saved;
    });
  }

  archive<T extends GraduateRecord>(
    kind: RecordKind<T>,
    actor: Actor,
    graduateId: string,
    id: string,
    version: number,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.graduates.getVisible(actor, graduateId, manager);
      const row = await this.lockedRow(kind, graduateId, id, version, manager);
      if (row.archivedAt) throw new DomainError(409, 'archived', 'Запись уже в архиве');
      row.archivedAt = new Date();
      const saved = await manager.save(row);
      await this.record(actor, kind.auditName, AuditAction.Archive, saved, ['archivedAt'], manager);
      return saved;
    });
  }

  /** The file, if the caller may change it: visible, not archived, with a current consent. */
  private async writableGraduate(
    actor: Actor,
    graduateId: string,
    manager: EntityManager,
  ): Promise<Graduate> {
    const graduate = await this.graduates.getVisible(actor, graduateId, manager);
    if (graduate.archivedAt) {
      throw new DomainError(409, 'graduate-archived', 'Личное дело в архиве: его не меняют');
    }
    const consent = (await consentStates(manager, [graduateId], actor.today())).get(graduateId);
    if (consent !== 'current') throw refuseWithoutConsent([]);
    return graduate;
  }

  private async lockedRow<T extends GraduateRecord>(
    kind: RecordKind<T>,
    graduateId: string,
    id: string,
    version: number,
    manager: EntityManager,
  ): Promise<T> {
    const row = await manager.findOne(kind.entity, {
      where: { id, graduateId } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw notFound(kind.notFound);
    if (row.version !== version) throw staleVersion();
    return row;
  }

  private record(
    actor: Actor,
    auditName: string,
    action: AuditAction,
    row: GraduateRecord,
    changedFields: string[],
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      actor,
      {
        action,
        entity: auditName,
        entityId: row.id,
        institutionId: row.institutionId,
        changedFields,
        details: { graduateId: row.graduateId },
      },
      manager,
    );
  }
}
