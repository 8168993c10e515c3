import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In, IsNull, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError, notFound, staleVersion } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { DictionaryEntry, DictionaryKind } from './dictionary-entry.entity';
import {
  CreateDictionaryEntryDto,
  ListDictionaryQueryDto,
  UpdateDictionaryEntryDto,
} from './dto/dictionary.requests';

const ENTRY = 'Запись справочника';

/**
 * The deployment-wide lists of problems and kinds of help. Not institution data, so no
 * institution scope: every institution reports in the same terms (001 §8.4, 000 §4.10).
 */
@Injectable()
export class DictionariesService {
  constructor(
    @InjectRepository(DictionaryEntry) private readonly entries: Repository<DictionaryEntry>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(kind: DictionaryKind, query: ListDictionaryQueryDto): Promise<DictionaryEntry[]> {
    const where: FindOptionsWhere<DictionaryEntry> = { kind };
    if (!query.includeRetired) where.retiredAt = IsNull();
    return this.entries.find({ where, order: { sortOrder: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  async create(
    actor: Actor,
    kind: DictionaryKind,
    dto: CreateDictionaryEntryDto,
  ): Promise<DictionaryEntry> {
    if (await this.entries.exists({ where: { kind, code: dto.code } })) {
      throw new DomainError(409, 'code-taken', `Код «${dto.code}» уже есть в справочнике`);
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        this.entries.create({
          kind,
          code: dto.code,
          name: dto.name,
          sortOrder: dto.sortOrder ?? 0,
          retiredAt: null,
          createdBy: actor.userId,
        }),
      );
      await this.recordChange(actor, AuditAction.Create, saved, [], manager);
      return saved;
    });
  }

  update(
    actor: Actor,
    kind: DictionaryKind,
    id: string,
    dto: UpdateDictionaryEntryDto,
  ): Promise<DictionaryEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForUpdate(kind, id, dto.version, manager);
      const before = { name: entry.name, sortOrder: entry.sortOrder };
      if (dto.name !== undefined) entry.name = dto.name;
      if (dto.sortOrder !== undefined) entry.sortOrder = dto.sortOrder;
      const changed = AuditService.changedFields(before, {
        name: entry.name,
        sortOrder: entry.sortOrder,
      });
      const saved = await manager.save(entry);
      await this.recordChange(actor, AuditAction.Update, saved, changed, manager);
      return saved;
    });
  }

  /** Retiring or restoring an entry that already is so changes nothing (and keeps the version). */
  setRetired(
    actor: Actor,
    kind: DictionaryKind,
    id: string,
    version: number,
    retired: boolean,
  ): Promise<DictionaryEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForUpdate(kind, id, version, manager);
      if ((entry.retiredAt !== null) === retired) return entry;
      entry.retiredAt = retired ? new Date() : null;
      const saved = await manager.save(entry);
      const action = retired ? AuditAction.Retire : AuditAction.Restore;
      await this.recordChange(actor, action, saved, ['retiredAt'], manager);
      return saved;
    });
  }

  /**
   * The entries a new or edited appeal/service names. Unknown ids are bad input (400);
   * retired ones are refused (409) unless the record already named them before the edit.
   */
  async usable(
    kind: DictionaryKind,
    ids: readonly string[],
    field: string,
    alreadyUsed: readonly string[] = [],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DictionaryEntry[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await manager.find(DictionaryEntry, { where: { kind, id: In(unique) } });
    if (found.length !== unique.length) {
      throw referenceNotFound(field, 'Запись справочника не найдена');
    }
    const retired = found.filter((e) => e.retiredAt !== null && !alreadyUsed.includes(e.id));
    if (retired.length) {
      throw new DomainError(
        409,
        'retired-entry',
        `Запись справочника выведена из употребления: ${retired.map((e) => `«${e.name}»`).join(', ')}`,
        { errors: { [field]: ['the dictionary entry is retired'] } },
      );
    }
    return found;
  }

  /** Dictionaries belong to no institution: their changes are admin actions of the deployment. */
  private recordChange(
    actor: Actor,
    action: AuditAction,
    entry: DictionaryEntry,
    changedFields: string[],
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'dictionary_entry',
        entityId: entry.id,
        institutionId: null,
        changedFields,
        details: { kind: entry.kind },
      },
      manager,
    );
  }

  private async lockForUpdate(
    kind: DictionaryKind,
    id: string,
    version: number,
    manager: EntityManager,
  ): Promise<DictionaryEntry> {
    const entry = await manager.findOne(DictionaryEntry, {
      where: { kind, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entry) throw notFound(ENTRY);
    if (entry.version !== version) throw staleVersion();
    return entry;
  }
}
