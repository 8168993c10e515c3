import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  FindOptionsWhere,
  In,
  IsNull,
  LessThanOrEqual,
  MoreThan,
} from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, fieldError, notFound } from '../../common/problem/domain-error';
import { referenceNotFound } from '../../common/problem/reference';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { visibleGraduates } from '../../graduates/graduate-access';
import { Graduate } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { Institution } from '../../institutions/institution.entity';
import { User } from '../../users/user.entity';
import { Curator, CuratorStatus } from '../curator.entity';
import { CURATOR_STATUS_LABELS, fullNameOf, WORKING_CURATOR } from '../curator-rules';
import { CuratorsService } from '../curators.service';
import { isOpenOn } from './assignment-period';
import {
  CreateAssignmentDto,
  CuratorAssignmentDto,
  EndAssignmentDto,
  ListAssignmentsQueryDto,
} from './assignment.dto';
import { CuratorAssignment } from './curator-assignment.entity';

/**
 * Curator ↔ graduate for a period (000 §7.1.9): one curator per graduate at a time, at most
 * the institution's number of graduates per curator. Ended, never deleted.
 */
@Injectable()
export class AssignmentsService {
  private readonly graduateScope: InstitutionScoped<Graduate>;
  private readonly scoped: InstitutionScoped<CuratorAssignment>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curators: CuratorsService,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {
    this.graduateScope = new InstitutionScoped(dataSource.getRepository(Graduate), '');
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(CuratorAssignment),
      'Закрепление не найдено',
    );
  }

  /** Assignments of graduates the caller may see (a specialist: their own graduates'). */
  async list(actor: Actor, query: ListAssignmentsQueryDto): Promise<CuratorAssignmentDto[]> {
    const filter: FindOptionsWhere<CuratorAssignment> = {};
    if (query.curatorId) filter.curatorId = query.curatorId;
    const asked = query.graduateId ? { id: query.graduateId } : {};
    let where = visibleGraduates(this.graduateScope, actor).map((graduate) =>
      this.scoped.where(actor, { ...filter, graduate: { ...graduate, ...asked } }),
    );
    if (query.current) {
      // Open today: started, and not yet at its end day (same rule as `openOn`).
      const today = actor.today();
      where = where.flatMap((w) => [
        { ...w, startsOn: LessThanOrEqual(today), endsOn: IsNull() },
        { ...w, startsOn: LessThanOrEqual(today), endsOn: MoreThan(today) },
      ]);
    }
    if (!where.length) return [];
    const rows = await this.dataSource.manager.find(CuratorAssignment, {
      where,
      relations: { curator: true, graduate: true },
      order: { startsOn: 'DESC', id: 'ASC' },
      take: 500,
    });
    return this.toDtos(actor, rows);
  }

  create(actor: Actor, curatorId: string, dto: CreateAssignmentDto): Promise<CuratorAssignmentDto> {
    if (dto.endsOn && dto.endsOn <= dto.startsOn)
      throw fieldError(
        'endsOn',
        'Окончание должно быть позже начала',
        'endsOn must follow startsOn',
      );
    return this.dataSource.transaction(async (manager) => {
      const curator = await manager.findOne(Curator, {
        where: this.curators.scoped.where(actor, { id: curatorId }),
        lock: { mode: 'pessimistic_write' },
      });
      if (!curator) throw notFound('Куратор не найден');
      if (!WORKING_CURATOR.includes(curator.status))
        throw new DomainError(
          409,
          'invalid-transition',
          `Закрепить выпускника можно за утверждённым работающим куратором, а этот — «${CURATOR_STATUS_LABELS[curator.status]}»`,
          { currentStatus: curator.status, action: 'assign' },
        );
      const graduate = await this.graduates.getVisible(actor, dto.graduateId, manager).catch(() => {
        throw referenceNotFound('graduateId', 'Выпускник не найден');
      });
      if (graduate.archivedAt)
        throw new DomainError(409, 'graduate-archived', 'Личное дело в архиве');
      // One assignment check at a time per graduate: two curators can't slip in together.
      await manager.query('SELECT id FROM graduates WHERE id = $1 FOR UPDATE', [graduate.id]);
      const period = { startsOn: dto.startsOn, endsOn: dto.endsOn ?? null };
      const taken = await this.overlapping(manager, { graduateId: graduate.id }, period);
      if (taken.length) {
        const other = await manager.findOneByOrFail(Curator, { id: taken[0].curatorId });
        throw new DomainError(
          409,
          'graduate-has-curator',
          `В этот период у выпускника уже есть куратор: ${fullNameOf(other)}`,
          { existingId: taken[0].id },
        );
      }
      const institution = await manager.findOneByOrFail(Institution, { id: curator.institutionId });
      const load = await this.overlapping(manager, { curatorId }, period);
      if (load.length >= institution.curatorMaxGraduates)
        throw new DomainError(
          409,
          'curator-at-capacity',
          `У куратора уже ${load.length} выпускника(ов) в этот период — это предел учреждения (${institution.curatorMaxGraduates})`,
        );
      const saved = await manager.save(
        manager.create(CuratorAssignment, {
          institutionId: curator.institutionId,
          curatorId,
          graduateId: graduate.id,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn ?? null,
          goal: dto.goal,
          createdBy: actor.userId,
        }),
      );
      if (curator.status === CuratorStatus.Approved)
        await this.curators.move(actor, manager, curator, 'activate', 'Закреплён первый выпускник');
      await this.record(actor, manager, saved, AuditAction.Create, Object.keys(dto));
      return (await this.toDtos(actor, [await this.withRefs(manager, saved.id)], manager))[0];
    });
  }

  /** Ends an assignment on a day: from that day the curator no longer sees the graduate. */
  end(actor: Actor, id: string, dto: EndAssignmentDto): Promise<CuratorAssignmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      await this.graduates.getVisible(actor, assignment.graduateId, manager).catch(() => {
        throw notFound('Закрепление не найдено');
      });
      const today = actor.today();
      if (assignment.endsOn !== null && assignment.endsOn <= today)
        throw new DomainError(409, 'assignment-ended', 'Закрепление уже закончилось');
      if (dto.endsOn < assignment.startsOn)
        throw fieldError(
          'endsOn',
          'Окончание не может быть раньше начала',
          'endsOn must not precede startsOn',
        );
      assignment.endsOn = dto.endsOn;
      assignment.endReason = dto.reason;
      const saved = await manager.save(assignment);
      await this.record(actor, manager, saved, AuditAction.Update, ['endsOn', 'endReason']);
      return (await this.toDtos(actor, [await this.withRefs(manager, saved.id)], manager))[0];
    });
  }

  private overlapping(
    manager: EntityManager,
    who: { graduateId: string } | { curatorId: string },
    period: { startsOn: string; endsOn: string | null },
  ): Promise<CuratorAssignment[]> {
    const qb = manager.createQueryBuilder(CuratorAssignment, 'a').where(who);
    if (period.endsOn) qb.andWhere('a.starts_on < :periodEnd', { periodEnd: period.endsOn });
    qb.andWhere('(a.ends_on IS NULL OR a.ends_on > :periodStart)', {
      periodStart: period.startsOn,
    });
    return qb.getMany();
  }

  private withRefs(manager: EntityManager, id: string) {
    return manager.findOneOrFail(CuratorAssignment, {
      where: { id },
      relations: { curator: true, graduate: true },
    });
  }

  private async toDtos(
    actor: Actor,
    rows: CuratorAssignment[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CuratorAssignmentDto[]> {
    const userIds = [...new Set(rows.map((r) => r.createdBy).filter((u): u is string => !!u))];
    const users = userIds.length ? await manager.findBy(User, { id: In(userIds) }) : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    const today = actor.today();
    return rows.map((a) => ({
      id: a.id,
      curator: { id: a.curatorId, fullName: a.curator ? fullNameOf(a.curator) : '' },
      graduate: { id: a.graduateId, fullName: a.graduate ? fullNameOf(a.graduate) : '' },
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      goal: a.goal,
      endReason: a.endReason,
      current: isOpenOn(a, today),
      assignedBy: a.createdBy ? { id: a.createdBy, fullName: names.get(a.createdBy) ?? '' } : null,
      createdAt: a.createdAt.toISOString(),
      version: a.version,
    }));
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    a: CuratorAssignment,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'curator_assignment',
        entityId: a.id,
        changedFields: fields,
        details: { graduateId: a.graduateId, curatorId: a.curatorId },
      },
      manager,
    );
  }
}
