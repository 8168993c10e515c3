import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  FindOptionsRelations,
  FindOptionsWhere,
  In,
  Repository,
} from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Page } from '../common/pagination/page';
import { CursorPage, cursorBaseFirst } from '../common/pagination/cursor';
import { pageBaseFirst } from '../common/pagination/page-base-first';
import { notFound } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from '../graduates/graduate.entity';
import { visibleAppeals } from './appeal-access';
import { appealFilter } from './appeal-filters';
import { Appeal } from './appeal.entity';
import { ListAppealsQueryDto } from './dto/appeal.requests';

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
    return pageBaseFirst(
      this.appeals,
      where,
      [
        ['registeredAt', 'DESC'],
        ['id', 'DESC'],
      ],
      RELATIONS,
      query,
    );
  }

  /** Machines' keyset pages: creation order, continued after the cursor (same filters). */
  listAfter(actor: Actor, query: ListAppealsQueryDto): Promise<CursorPage<Appeal>> {
    const where = this.visibleWhere(actor, appealFilter(query, actor.timeZone));
    return cursorBaseFirst(this.appeals, where, RELATIONS, query);
  }

  /** Appeals by id with their graduate, specialist and problems (the journal's batches). */
  withRelations(ids: string[], manager: EntityManager): Promise<Appeal[]> {
    return ids.length
      ? manager.find(Appeal, { where: { id: In(ids) }, relations: RELATIONS })
      : Promise.resolve([]);
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
