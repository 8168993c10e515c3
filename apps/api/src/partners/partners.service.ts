import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, ILike, IsNull } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { escapeLike } from '../common/persistence/like';
import { Page, skipTake } from '../common/pagination/page';
import { DomainError } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { CreatePartnerDto, ListPartnersQueryDto, UpdatePartnerDto } from './dto/partner.dto';
import { Partner } from './partner.entity';

/** The institution's directory of partner organisations. */
@Injectable()
export class PartnersService {
  readonly scoped: InstitutionScoped<Partner>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(Partner),
      'Организация не найдена',
    );
  }

  async list(actor: Actor, query: ListPartnersQueryDto): Promise<Page<Partner>> {
    const filter: FindOptionsWhere<Partner> = {};
    if (query.q) filter.name = ILike(`%${escapeLike(query.q)}%`);
    if (query.kind) filter.kind = query.kind;
    if (!query.archived) filter.archivedAt = IsNull();
    const [items, total] = await this.dataSource.manager.findAndCount(Partner, {
      where: this.scoped.where(actor, filter),
      order: { name: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  get(actor: Actor, id: string, manager?: EntityManager): Promise<Partner> {
    return this.scoped.get(actor, id, manager);
  }

  /** The first guardianship body of the directory: the default addressee of notices. */
  firstGuardianshipBody(actor: Actor, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Partner, {
      where: this.scoped.where(actor, { kind: 'guardianship', archivedAt: IsNull() }),
      order: { name: 'ASC' },
    });
  }

  create(actor: Actor, dto: CreatePartnerDto): Promise<Partner> {
    assertAgreement(dto.agreementDate, dto.agreementValidTo);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Partner, {
          ...defined(dto),
          institutionId: actor.institutionId!,
          createdBy: actor.userId,
        }),
      );
      await this.record(actor, manager, saved.id, AuditAction.Create, Object.keys(defined(dto)));
      return saved;
    });
  }

  update(actor: Actor, id: string, dto: UpdatePartnerDto): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const { version: _v, ...changes } = dto;
      const next = defined(changes);
      assertAgreement(
        'agreementDate' in next ? next.agreementDate : partner.agreementDate,
        'agreementValidTo' in next ? next.agreementValidTo : partner.agreementValidTo,
      );
      Object.assign(partner, next);
      const saved = await manager.save(partner);
      await this.record(actor, manager, id, AuditAction.Update, Object.keys(next));
      return saved;
    });
  }

  /** Partners are archived, never deleted: referrals and notices keep pointing at them. */
  archive(actor: Actor, id: string, version: number): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.scoped.lockForUpdate(actor, id, version, manager);
      if (partner.archivedAt)
        throw new DomainError(409, 'already-archived', 'Организация уже в архиве');
      partner.archivedAt = new Date();
      const saved = await manager.save(partner);
      await this.record(actor, manager, id, AuditAction.Archive, ['archivedAt']);
      return saved;
    });
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    id: string,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      { action, entity: 'partner', entityId: id, changedFields: fields },
      manager,
    );
  }
}

function defined<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function assertAgreement(from?: string | null, to?: string | null): void {
  if (from && to && to < from)
    throw new DomainError(
      400,
      'validation',
      'Договор о сотрудничестве заканчивается раньше, чем заключён',
      {
        errors: { agreementValidTo: ['agreementValidTo must not precede agreementDate'] },
      },
    );
}
