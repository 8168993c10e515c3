import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Page, skipTake } from '../../common/pagination/page';
import { DomainError, fieldError } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { Institution } from '../../institutions/institution.entity';
import { Curator, CuratorStatus } from '../curator.entity';
import { fullNameOf } from '../curator-rules';
import { CuratorsService } from '../curators.service';
import { attendedHours } from './attended-hours';
import {
  CreateTrainingSessionDto,
  ListTrainingSessionsQueryDto,
  SetAttendanceDto,
  TrainingSessionDto,
  UpdateTrainingSessionDto,
} from './training.dto';
import { CuratorTrainingAttendance, CuratorTrainingSession } from './training-session.entity';
import { Between, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';

/**
 * Training sessions for curator candidates (000 §4.9) and who attended them. A candidate
 * becomes "trained" once the attended hours reach the institution's requirement.
 */
@Injectable()
export class TrainingService {
  private readonly scoped: InstitutionScoped<CuratorTrainingSession>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curators: CuratorsService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(CuratorTrainingSession),
      'Занятие не найдено',
    );
  }

  async list(actor: Actor, query: ListTrainingSessionsQueryDto): Promise<Page<TrainingSessionDto>> {
    const where: FindOptionsWhere<CuratorTrainingSession> = {};
    if (query.from && query.to) where.heldOn = Between(query.from, query.to);
    else if (query.from) where.heldOn = MoreThanOrEqual(query.from);
    else if (query.to) where.heldOn = LessThanOrEqual(query.to);
    if (query.curatorId) {
      const attended = await this.dataSource.manager.findBy(CuratorTrainingAttendance, {
        curatorId: query.curatorId,
      });
      where.id = In(attended.map((a) => a.sessionId));
    }
    const [rows, total] = await this.dataSource.manager.findAndCount(CuratorTrainingSession, {
      where: this.scoped.where(actor, where),
      order: { heldOn: 'DESC', id: 'ASC' },
      ...skipTake(query),
    });
    return {
      items: await this.toDtos(rows),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  async get(actor: Actor, id: string): Promise<TrainingSessionDto> {
    return (await this.toDtos([await this.scoped.get(actor, id)]))[0];
  }

  create(actor: Actor, dto: CreateTrainingSessionDto): Promise<TrainingSessionDto> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(CuratorTrainingSession, {
          heldOn: dto.heldOn,
          topic: dto.topic,
          trainer: dto.trainer ?? '',
          hours: dto.hours,
          institutionId: actor.institutionId!,
          createdBy: actor.userId,
        }),
      );
      await this.record(actor, manager, saved.id, AuditAction.Create, Object.keys(dto));
      return (await this.toDtos([saved], manager))[0];
    });
  }

  /** Changing the hours or the day re-judges who is trained. */
  update(actor: Actor, id: string, dto: UpdateTrainingSessionDto): Promise<TrainingSessionDto> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const { version: _v, ...changes } = dto;
      const next = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const attendees = await manager.findBy(CuratorTrainingAttendance, { sessionId: id });
      if (attendees.length && next.heldOn && next.heldOn > actor.today())
        throw fieldError(
          'heldOn',
          'У занятия уже есть слушатели: его дата не может быть в будущем',
          'heldOn must not be in the future once attendance is recorded',
        );
      Object.assign(session, next);
      const saved = await manager.save(session);
      await this.record(actor, manager, id, AuditAction.Update, Object.keys(next));
      await this.rejudge(
        actor,
        manager,
        attendees.map((a) => a.curatorId),
      );
      return (await this.toDtos([saved], manager))[0];
    });
  }

  /** Replaces the list of who came; only for a session already held. */
  setAttendance(actor: Actor, id: string, dto: SetAttendanceDto): Promise<TrainingSessionDto> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      if (session.heldOn > actor.today())
        throw new DomainError(
          409,
          'session-not-held',
          'Занятие ещё не состоялось: отметить присутствие можно в день занятия или позже',
        );
      const curators = dto.curatorIds.length
        ? await manager.find(Curator, {
            where: this.curators.scoped.where(actor, { id: In(dto.curatorIds) }),
          })
        : [];
      const before = await manager.findBy(CuratorTrainingAttendance, { sessionId: id });
      // Someone who has left since keeps the hours they came for; nobody who left is added.
      const attended = new Set(before.map((a) => a.curatorId));
      if (
        curators.length !== dto.curatorIds.length ||
        curators.some((c) => c.status === CuratorStatus.Left && !attended.has(c.id))
      )
        throw fieldError(
          'curatorIds',
          'Отметить можно только кандидатов и кураторов своего учреждения, кроме выбывших',
          'no such curator of the institution',
        );
      await manager.delete(CuratorTrainingAttendance, { sessionId: id });
      if (dto.curatorIds.length)
        await manager.insert(
          CuratorTrainingAttendance,
          dto.curatorIds.map((curatorId) => ({ sessionId: id, curatorId })),
        );
      session.updatedAt = new Date();
      const saved = await manager.save(session);
      await this.record(actor, manager, id, AuditAction.Update, ['attendance']);
      await this.rejudge(actor, manager, [
        ...new Set([...before.map((a) => a.curatorId), ...dto.curatorIds]),
      ]);
      return (await this.toDtos([saved], manager))[0];
    });
  }

  /** Candidates with enough hours become trained; trained ones who lost hours go back. */
  private async rejudge(actor: Actor, manager: EntityManager, curatorIds: string[]) {
    if (!curatorIds.length) return;
    const institution = await manager.findOneByOrFail(Institution, { id: actor.institutionId! });
    const hours = await attendedHours(manager, curatorIds);
    const curators = await manager.find(Curator, {
      where: { id: In(curatorIds), status: In([CuratorStatus.Candidate, CuratorStatus.Trained]) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const curator of curators) {
      const enough = (hours.get(curator.id) ?? 0) >= institution.curatorTrainingHours;
      if (enough && curator.status === CuratorStatus.Candidate)
        await this.curators.move(actor, manager, curator, 'complete-training', 'Обучение пройдено');
      if (!enough && curator.status === CuratorStatus.Trained)
        await this.curators.move(
          actor,
          manager,
          curator,
          'reopen-training',
          'Часов обучения стало меньше требуемого',
        );
    }
  }

  private async toDtos(
    rows: CuratorTrainingSession[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingSessionDto[]> {
    const ids = rows.map((r) => r.id);
    const attendance = ids.length
      ? await manager.findBy(CuratorTrainingAttendance, { sessionId: In(ids) })
      : [];
    const curatorIds = [...new Set(attendance.map((a) => a.curatorId))];
    const curators = curatorIds.length ? await manager.findBy(Curator, { id: In(curatorIds) }) : [];
    const names = new Map(curators.map((c) => [c.id, fullNameOf(c)]));
    return rows.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      topic: s.topic,
      trainer: s.trainer,
      hours: s.hours,
      attendees: attendance
        .filter((a) => a.sessionId === s.id)
        .map((a) => ({ curatorId: a.curatorId, fullName: names.get(a.curatorId) ?? '' }))
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru')),
      updatedAt: s.updatedAt.toISOString(),
      version: s.version,
    }));
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
      { action, entity: 'curator_training', entityId: id, changedFields: fields },
      manager,
    );
  }
}
