import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { fullNameOf } from '../../common/person-name';
import { fieldError, notFound } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { ageOn } from '../../graduates/eligibility';
import { visibleGraduates } from '../../graduates/graduate-access';
import { Graduate } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { CaseContact } from '../../monitoring/contacts/case-contact.entity';
import { momentNotInFuture } from '../../monitoring/contacts/contacts.service';
import { ActivityChangesService } from '../../plans/activity-changes.service';
import { OPEN_ACTIVITY, PlanActivity } from '../../plans/plan-activity.entity';
import { CuratorAssignment } from '../assignments/curator-assignment.entity';
import { openOn } from '../assignments/assignment-period';
import { Curator, CuratorStatus } from '../curator.entity';
import {
  CreatePortalContactDto,
  PortalActivityDto,
  PortalContactDto,
  PortalGraduateCardDto,
  PortalGraduateDto,
} from './portal.dto';

const NOT_FOUND = 'Выпускник не найден';

/**
 * The curator's own view. Which graduates it shows is decided by the same visibility rule
 * as every other read (`visibleGraduates`: assigned to this curator today, curator active);
 * this service only chooses the few fields a volunteer may see.
 */
@Injectable()
export class PortalService {
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly activities: ActivityChangesService,
    private readonly audit: AuditService,
  ) {
    this.graduateScope = new InstitutionScoped(dataSource.getRepository(Graduate), NOT_FOUND);
  }

  async list(actor: Actor): Promise<PortalGraduateDto[]> {
    const curator = await this.me(actor);
    if (!curator) return [];
    const graduates = await this.dataSource.manager.find(Graduate, {
      where: visibleGraduates(this.graduateScope, actor, { archivedAt: IsNull() }),
      relations: { responsibleSpecialist: true },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
    const activities = await this.activitiesOf(
      curator,
      graduates.map((g) => g.id),
    );
    const assignments = await this.assignmentsOf(
      actor,
      curator,
      graduates.map((g) => g.id),
    );
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'graduate',
      entityId: null,
      details: { list: true, portal: true, ids: graduates.map((g) => g.id) },
    });
    return graduates.map((g) =>
      this.summary(
        actor,
        g,
        assignments.get(g.id)!,
        activities.filter((a) => a.plan!.graduateId === g.id),
      ),
    );
  }

  async card(actor: Actor, graduateId: string): Promise<PortalGraduateCardDto> {
    const { curator, graduate } = await this.assigned(actor, graduateId);
    const activities = await this.activitiesOf(curator, [graduate.id]);
    const assignment = (await this.assignmentsOf(actor, curator, [graduate.id])).get(graduate.id)!;
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'graduate',
      entityId: graduate.id,
      details: { portal: true },
    });
    return {
      ...this.summary(actor, graduate, assignment, activities),
      activities: activities.map((a) => activityDto(actor, a)),
    };
  }

  /** Only the entries this curator wrote. */
  async contacts(actor: Actor, graduateId: string): Promise<PortalContactDto[]> {
    await this.assigned(actor, graduateId);
    const rows = await this.dataSource.manager.find(CaseContact, {
      where: { graduateId, createdBy: actor.userId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: 200,
    });
    return rows.map(contactDto);
  }

  addContact(
    actor: Actor,
    graduateId: string,
    dto: CreatePortalContactDto,
  ): Promise<PortalContactDto> {
    const occurredAt = momentNotInFuture(dto.occurredAt);
    return this.dataSource.transaction(async (manager) => {
      const { curator, graduate } = await this.assigned(actor, graduateId, manager);
      const activityIds = [...new Set(dto.activityIds ?? [])];
      if (activityIds.length) {
        const own = await manager.count(PlanActivity, {
          where: { id: In(activityIds), responsibleCuratorId: curator.id, plan: { graduateId } },
        });
        if (own !== activityIds.length)
          throw fieldError(
            'activityIds',
            'Выберите свои мероприятия плана этого выпускника',
            'not your activity of the graduate',
          );
      }
      const saved = await manager.save(
        manager.create(CaseContact, {
          institutionId: graduate.institutionId,
          graduateId,
          occurredAt,
          kind: dto.kind,
          outcome: dto.outcome,
          summary: dto.summary,
          nextSteps: dto.nextSteps ?? '',
          participantIds: [],
          curatorIds: [curator.id],
          activityIds,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'case_contact',
          entityId: saved.id,
          details: { graduateId, portal: true },
        },
        manager,
      );
      return contactDto(saved);
    });
  }

  /** Marks one of the curator's own activities done, through the plan's usual change. */
  async complete(
    actor: Actor,
    activityId: string,
    dto: { version: number; doneOn: string; result: string },
  ): Promise<PortalActivityDto> {
    const curator = await this.me(actor);
    const activity = curator
      ? await this.dataSource.manager.findOne(PlanActivity, {
          where: { id: activityId, responsibleCuratorId: curator.id },
          relations: { plan: true },
        })
      : null;
    if (!activity) throw notFound('Мероприятие не найдено');
    await this.assigned(actor, activity.plan!.graduateId).catch(() => {
      throw notFound('Мероприятие не найдено');
    });
    await this.activities.complete(actor, activity.planId, activityId, dto);
    const done = await this.dataSource.manager.findOneOrFail(PlanActivity, {
      where: { id: activityId },
      relations: { plan: true },
    });
    return activityDto(actor, done);
  }

  /** The caller's curator record, if it is an active curator. */
  private me(actor: Actor, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Curator, {
      where: {
        userId: actor.userId,
        institutionId: actor.institutionId ?? undefined,
        status: CuratorStatus.Active,
      },
    });
  }

  /** A graduate assigned to the calling curator today; otherwise 404. */
  private async assigned(actor: Actor, graduateId: string, manager?: EntityManager) {
    const curator = await this.me(actor, manager);
    if (!curator) throw notFound(NOT_FOUND);
    const graduate = await this.graduates.getVisible(actor, graduateId, manager);
    if (graduate.archivedAt) throw notFound(NOT_FOUND);
    return { curator, graduate };
  }

  private activitiesOf(curator: Curator, graduateIds: string[]) {
    if (!graduateIds.length) return Promise.resolve([]);
    return this.dataSource.manager.find(PlanActivity, {
      where: { responsibleCuratorId: curator.id, plan: { graduateId: In(graduateIds) } },
      relations: { plan: true },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }

  private async assignmentsOf(actor: Actor, curator: Curator, graduateIds: string[]) {
    if (!graduateIds.length) return new Map<string, CuratorAssignment>();
    const rows = await this.dataSource.manager
      .createQueryBuilder(CuratorAssignment, 'a')
      .where({ curatorId: curator.id, graduateId: In(graduateIds) })
      .andWhere(openOn('a', actor.today()))
      .getMany();
    return new Map(rows.map((a) => [a.graduateId, a]));
  }

  private summary(
    actor: Actor,
    g: Graduate,
    assignment: CuratorAssignment,
    activities: PlanActivity[],
  ): PortalGraduateDto {
    const open = activities.filter((a) => OPEN_ACTIVITY.includes(a.status));
    return {
      id: g.id,
      fullName: fullNameOf(g),
      age: ageOn(g.birthDate, actor.today()),
      phones: g.contacts?.phones ?? [],
      messengers: g.contacts?.socialNetworks ?? [],
      assignment: {
        startsOn: assignment.startsOn,
        endsOn: assignment.endsOn,
        goal: assignment.goal,
      },
      specialist: g.responsibleSpecialist?.fullName ?? null,
      openActivities: open.length,
      overdueActivities: open.filter((a) => a.dueOn < actor.today()).length,
    };
  }
}

function activityDto(actor: Actor, a: PlanActivity): PortalActivityDto {
  return {
    id: a.id,
    domain: a.domain,
    title: a.title,
    description: a.description,
    dueOn: a.dueOn,
    status: a.status,
    doneOn: a.doneOn,
    result: a.result,
    overdue: OPEN_ACTIVITY.includes(a.status) && a.dueOn < actor.today(),
    planVersion: a.plan!.version,
  };
}

function contactDto(c: CaseContact): PortalContactDto {
  return {
    id: c.id,
    occurredAt: c.occurredAt.toISOString(),
    kind: c.kind,
    outcome: c.outcome,
    summary: c.summary,
    nextSteps: c.nextSteps,
    activityIds: c.activityIds,
    createdAt: c.createdAt.toISOString(),
  };
}
