import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  FindOptionsRelations,
  FindOptionsWhere,
  Repository,
} from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Page, skipTake } from '../common/pagination/page';
import { notFound } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from '../graduates/graduate.entity';
import { visibleAppeals } from './appeal-access';
import { appealFilter } from './appeal-filters';
import { Appeal } from './appeal.entity';
import { ListAppealsQueryDto } from './dto/appeal.requests';
import { withinDays } from '../common/local-day';

const RELATIONS: FindOptionsRelations<Appeal> = {
  graduate: true,
  assignedSpecialist: true,
  problems: true,
};

/** Reading appeals: the one place that applies who may see which appeal. */
@Injectable()
export class AppealsService {
  private readonly scoped: InstitutionScoped<Appeal>;
  /** Only builds the "graduates the caller may see" conditions; files are read via GraduatesService. */
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectRepository(Appeal) private readonly appeals: Repository<Appeal>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(appeals, 'Обращение не найдено');
    this.graduateScope = new InstitutionScoped(
      dataSource.getRepository(Graduate),
      'Личное дело не найдено',
    );
  }

  /** Conditions for the appeals the caller may see; empty = none. */
  visibleWhere(actor: Actor, filter: FindOptionsWhere<Appeal> = {}): FindOptionsWhere<Appeal>[] {
    return visibleAppeals(this.scoped, this.graduateScope, actor, filter);
  }

  async list(actor: Actor, query: ListAppealsQueryDto): Promise<Page<Appeal>> {
    const where = this.visibleWhere(actor, appealFilter(query, actor.timeZone));
    const empty = { items: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    if (!where.length) return empty;
    const [items, total] = await this.appeals.findAndCount({
      where,
      relations: RELATIONS,
      order: { registeredAt: 'DESC', id: 'DESC' },
      ...skipTake(query),
    });
    return { ...empty, items, total };
  }

  /** The caller's appeals registered within the days from..to, oldest first (the journal). */
  async inPeriod(actor: Actor, from: string, to: string): Promise<Appeal[]> {
    const where = this.visibleWhere(actor, { registeredAt: withinDays(actor.timeZone, from, to) });
    if (!where.length) return [];
    return this.appeals.find({
      where,
      relations: RELATIONS,
      order: { registeredAt: 'ASC', id: 'ASC' },
    });
  }

  /** An appeal the caller may see, with its graduate, specialist and problems; otherwise 404. */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Appeal> {
    const where = this.visibleWhere(actor, { id });
    const found = where.length
      ? await manager.findOne(Appeal, { where, relations: RELATIONS })
      : null;
    if (!found) throw notFound('Обращение не найдено');
    return found;
  }

  /** Opening an appeal is logged: it is part of a personal file. */
  async open(actor: Actor, id: string): Promise<Appeal> {
    const appeal = await this.get(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'appeal',
      entityId: id,
      institutionId: appeal.institutionId,
      details: { graduateId: appeal.graduateId },
    });
    return appeal;
  }
}
