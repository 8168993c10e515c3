import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  FindOptionsRelations,
  FindOptionsWhere,
  In,
  IsNull,
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
import { visibleServices } from './aid-service-access';
import { recordService } from './aid-service-audit';
import { daysBetween, serviceFilter } from './aid-service-filters';
import { AidService } from './aid-service.entity';
import { ListAidServicesQueryDto } from './dto/aid-service.requests';

const RELATIONS: FindOptionsRelations<AidService> = {
  graduate: true,
  specialist: true,
  kind: true,
};

/** Reading the help given: the one place that applies who may see which record. */
@Injectable()
export class AidServicesService {
  private readonly scoped: InstitutionScoped<AidService>;
  /** Only builds the "graduates the caller may see" conditions; files are read via GraduatesService. */
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectRepository(AidService) private readonly services: Repository<AidService>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(services, 'Запись об оказанной помощи не найдена');
    this.graduateScope = new InstitutionScoped(
      dataSource.getRepository(Graduate),
      'Личное дело не найдено',
    );
  }

  async list(actor: Actor, query: ListAidServicesQueryDto): Promise<Page<AidService>> {
    const where = this.visibleWhere(actor, serviceFilter(query));
    return pageBaseFirst(
      this.services,
      where,
      [
        ['providedOn', 'DESC'],
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      RELATIONS,
      query,
    );
  }

  /** Machines' keyset pages: creation order, continued after the cursor (same filters). */
  listAfter(actor: Actor, query: ListAidServicesQueryDto): Promise<CursorPage<AidService>> {
    return cursorBaseFirst(
      this.services,
      this.visibleWhere(actor, serviceFilter(query)),
      RELATIONS,
      query,
    );
  }

  /** For the journal: the visible help given for these appeals (a batch), oldest first. */
  async forAppeals(
    actor: Actor,
    appealIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AidService[]> {
    if (!appealIds.length) return [];
    return this.findAll(this.visibleWhere(actor, { appealId: In(appealIds) }), manager);
  }

  /**
   * For the journal: the visible help without an appeal given within the days from..to (by
   * one specialist if asked), oldest first, as a query to read through a cursor.
   */
  oneOffInPeriod(
    actor: Actor,
    from: string,
    to: string,
    specialistId?: string,
  ): FindOptionsWhere<AidService>[] {
    return this.visibleWhere(actor, {
      appealId: IsNull(),
      providedOn: daysBetween(from, to),
      ...(specialistId ? { specialistId } : {}),
    });
  }

  /** Records by id with what the journal shows of them. */
  withRelations(ids: string[], manager: EntityManager): Promise<AidService[]> {
    return ids.length
      ? manager.find(AidService, { where: { id: In(ids) }, relations: RELATIONS })
      : Promise.resolve([]);
  }

  /** A record the caller may see, with its graduate, specialist and kind; otherwise 404. */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AidService> {
    const where = this.visibleWhere(actor, { id });
    const found = where.length
      ? await manager.findOne(AidService, { where, relations: RELATIONS })
      : null;
    if (!found) throw notFound('Запись об оказанной помощи не найдена');
    return found;
  }

  /** Reading a service is logged: it is part of a personal file. */
  async open(actor: Actor, id: string): Promise<AidService> {
    const service = await this.get(actor, id);
    await recordService(this.audit, actor, AuditAction.Read, service, []);
    return service;
  }

  private visibleWhere(actor: Actor, filter: FindOptionsWhere<AidService> = {}) {
    return visibleServices(this.scoped, this.graduateScope, actor, filter);
  }

  private findAll(
    where: FindOptionsWhere<AidService>[],
    manager: EntityManager,
  ): Promise<AidService[]> {
    if (!where.length) return Promise.resolve([]);
    return manager.find(AidService, {
      where,
      relations: RELATIONS,
      order: { providedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }
}
