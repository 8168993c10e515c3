import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, ILike, Repository } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { escapeLike } from '../common/persistence/like';
import { Page, skipTake } from '../common/pagination/page';
import { InstitutionScoped } from '../common/scope/institution-scope';
import {
  CreateInstitutionDto,
  ListInstitutionsQueryDto,
  UpdateInstitutionDto,
  UpdateInstitutionSettingsDto,
} from './dto/institution.dto';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Institution } from './institution.entity';

@Injectable()
export class InstitutionsService {
  /** An institution's own id is its scope: staff see only the institution they work in. */
  private readonly scoped: InstitutionScoped<Institution>;

  constructor(
    @InjectRepository(Institution) private readonly institutions: Repository<Institution>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(institutions, 'Учреждение не найдено', 'id');
  }

  async list(actor: Actor, query: ListInstitutionsQueryDto): Promise<Page<Institution>> {
    const where = this.scoped.where(
      actor,
      query.q ? { name: ILike(`%${escapeLike(query.q)}%`) } : {},
    );
    const [items, total] = await this.institutions.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  get(actor: Actor, id: string): Promise<Institution> {
    return this.scoped.get(actor, id);
  }

  create(actor: Actor, dto: CreateInstitutionDto): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        this.institutions.create({
          name: dto.name,
          kind: dto.kind,
          region: dto.region,
          municipality: dto.municipality ?? '',
          guardianshipBody: dto.guardianshipBody ?? '',
          timeZone: dto.timeZone,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'institution',
          entityId: saved.id,
          institutionId: saved.id,
        },
        manager,
      );
      return saved;
    });
  }

  update(actor: Actor, id: string, dto: UpdateInstitutionDto): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const { version: _version, ...changes } = dto;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      const changed = AuditService.changedFields(
        Object.fromEntries(Object.keys(defined).map((k) => [k, (institution as never)[k]])),
        defined,
      );
      Object.assign(institution, defined);
      const saved = await manager.save(institution);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'institution',
          entityId: id,
          institutionId: id,
          changedFields: changed,
        },
        manager,
      );
      return saved;
    });
  }

  /** Heads change only their own institution (the scope answers 404 for another one). */
  updateSettings(
    actor: Actor,
    id: string,
    dto: UpdateInstitutionSettingsDto,
  ): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const { version: _version, ...changes } = dto;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      const changed = AuditService.changedFields(
        Object.fromEntries(Object.keys(defined).map((k) => [k, (institution as never)[k]])),
        defined,
      );
      Object.assign(institution, defined);
      const saved = await manager.save(institution);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'institution',
          entityId: id,
          institutionId: id,
          changedFields: changed,
        },
        manager,
      );
      return saved;
    });
  }

  /** Requisites and numbering of the caller's own institution (for documents and numbers). */
  own(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<Institution> {
    return manager.findOneByOrFail(Institution, { id: actor.institutionId ?? undefined });
  }
}
