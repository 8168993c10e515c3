import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  FindOptionsOrder,
  FindOptionsRelations,
  FindOptionsWhere,
  IsNull,
  LessThan,
  LessThanOrEqual,
  MoreThanOrEqual,
  Between,
  Raw,
} from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { historyOf, HistoryEntry } from '../common/lifecycle/lifecycle';
import { addDays, addMonths } from '../common/local-day';
import { Page, skipTake } from '../common/pagination/page';
import { notFound } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from '../graduates/graduate.entity';
import { visibleContracts } from './contract-access';
import { Contract, ContractKind, ContractStatus } from './contract.entity';
import { ContractAttention, ListContractsQueryDto } from './dto/contract.requests';

export const CONTRACT_RELATIONS: FindOptionsRelations<Contract> = {
  graduate: true,
  responsibleSpecialist: true,
  serviceKinds: true,
};

/** Days before the end date when a contract shows as expiring. */
export const EXPIRING_WITHIN_DAYS = 30;
/** An active contract of a first-year graduate needs an approved plan within this many days. */
export const PLAN_DUE_DAYS = 14;

/** Reading contracts: who may see which, the lists a head works from, the history. */
@Injectable()
export class ContractsService {
  readonly scoped: InstitutionScoped<Contract>;
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(dataSource.getRepository(Contract), 'Договор не найден');
    this.graduateScope = new InstitutionScoped(
      dataSource.getRepository(Graduate),
      'Личное дело не найдено',
    );
  }

  visibleWhere(
    actor: Actor,
    filter: FindOptionsWhere<Contract> = {},
  ): FindOptionsWhere<Contract>[] {
    return visibleContracts(this.scoped, this.graduateScope, actor, filter);
  }

  async list(actor: Actor, query: ListContractsQueryDto): Promise<Page<Contract>> {
    const where = this.visibleWhere(actor, this.filterOf(actor, query));
    const empty = { items: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    if (!where.length) return empty;
    const order: FindOptionsOrder<Contract> = query.attention
      ? { endsOn: 'ASC', id: 'ASC' }
      : { createdAt: 'DESC', id: 'DESC' };
    const [items, total] = await this.dataSource.manager.findAndCount(Contract, {
      where,
      relations: CONTRACT_RELATIONS,
      order,
      ...skipTake(query),
    });
    return { ...empty, items, total };
  }

  /** How many contracts `list` finds for this query, counted without loading them. */
  async count(actor: Actor, query: ListContractsQueryDto): Promise<number> {
    const where = this.visibleWhere(actor, this.filterOf(actor, query));
    return where.length ? this.dataSource.manager.count(Contract, { where }) : 0;
  }

  /** A contract the caller may see, with its graduate, specialist and kinds of help; else 404. */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Contract> {
    const where = this.visibleWhere(actor, { id });
    const found = await manager.findOne(Contract, { where, relations: CONTRACT_RELATIONS });
    if (!found) throw notFound('Договор не найден');
    return found;
  }

  /** Opening a contract is logged: it is part of the personal file. */
  async open(actor: Actor, id: string): Promise<{ contract: Contract; history: HistoryEntry[] }> {
    const contract = await this.get(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'contract',
      entityId: id,
      details: { graduateId: contract.graduateId },
    });
    return { contract, history: await historyOf(this.dataSource.manager, 'contract', id) };
  }

  history(id: string, manager: EntityManager = this.dataSource.manager): Promise<HistoryEntry[]> {
    return historyOf(manager, 'contract', id);
  }

  private filterOf(actor: Actor, query: ListContractsQueryDto): FindOptionsWhere<Contract> {
    const filter: FindOptionsWhere<Contract> = {};
    if (query.graduateId) filter.graduateId = query.graduateId;
    if (query.status) filter.status = query.status;
    if (query.kind) filter.kind = query.kind;
    if (query.specialistId) filter.responsibleSpecialistId = query.specialistId;
    if (query.mine) filter.responsibleSpecialistId = actor.userId;
    if (query.attention) Object.assign(filter, attentionFilter(query.attention, actor.today()));
    return filter;
  }
}

/** The head's lists: each is a condition on active contracts, judged on the institution's today. */
function attentionFilter(attention: ContractAttention, today: string): FindOptionsWhere<Contract> {
  const active = { status: ContractStatus.Active };
  switch (attention) {
    case 'expired':
      return { ...active, endsOn: LessThan(today) };
    case 'expiring':
      return { ...active, endsOn: Between(today, addDays(today, EXPIRING_WITHIN_DAYS)) };
    case 'missing_scan':
      return { ...active, signedScanFileId: IsNull() };
    case 'plan_missing':
      return {
        ...active,
        kind: ContractKind.Support,
        activatedAt: LessThanOrEqual(new Date(Date.now() - PLAN_DUE_DAYS * 86_400_000)),
        graduate: { leftCareOn: MoreThanOrEqual(addMonths(today, -12)) },
        id: Raw(
          (id) =>
            `NOT EXISTS (SELECT 1 FROM support_plans p WHERE p.contract_id = ${id} AND p.approved_revision > 0)`,
        ),
      };
  }
}
