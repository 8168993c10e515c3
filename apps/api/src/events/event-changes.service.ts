import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { fullNameOf } from '../appeals/dto/refs.response';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { dayOf } from '../common/local-day';
import { DomainError } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { assertWorkingCurators } from '../curators/curator-refs';
import { Partner } from '../partners/partner.entity';
import { DictionariesService } from '../dictionaries/dictionaries.service';
import { DictionaryKind } from '../dictionaries/dictionary-entry.entity';
import { Eligibility } from '../graduates/eligibility';
import { GraduatesService } from '../graduates/graduates.service';
import { AidServiceChangesService } from '../services/aid-service-changes.service';
import { ServiceDelivery, ServiceForm } from '../services/aid-service.entity';
import { UsersService } from '../users/users.service';
import { CancelEventDto, CreateEventDto, HoldEventDto, UpdateEventDto } from './dto/event.requests';
import { EVENT_LIFECYCLE, EventAction, fieldError, SERVICE_KIND_OF_EVENT } from './event-rules';
import { EventParticipant } from './event-participant.entity';
import {
  GROUP_EVENT_KIND_LABELS,
  GROUP_EVENT_STATUS_LABELS,
  GroupEvent,
  GroupEventKind,
  GroupEventStatus,
} from './group-event.entity';
import { EventsService } from './events.service';

/**
 * Planning, changing, cancelling and holding group events. Holding one records a group
 * service for every participant present, through the services module, in one transaction.
 */
@Injectable()
export class EventChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly graduates: GraduatesService,
    private readonly services: AidServiceChangesService,
    private readonly dictionaries: DictionariesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateEventDto): Promise<GroupEvent> {
    return this.dataSource.transaction(async (manager) => {
      const leadUserId =
        dto.leadUserId !== undefined ? dto.leadUserId : dto.leadName ? null : actor.userId;
      if (leadUserId) await this.users.assertAssignable(actor, leadUserId, 'leadUserId');
      await assertLeads(manager, actor, dto);
      const participantIds = dto.participantIds ?? [];
      await this.assertVisible(actor, participantIds, manager);
      const event = await manager.save(
        manager.create(GroupEvent, {
          institutionId: actor.institutionId!,
          kind: dto.kind,
          startsAt: new Date(dto.startsAt),
          durationMinutes: dto.durationMinutes,
          topic: dto.topic,
          leadUserId,
          leadCuratorId: dto.leadCuratorId ?? null,
          leadPartnerId: dto.leadPartnerId ?? null,
          leadName: dto.leadName ?? '',
          place: dto.place ?? '',
          notes: dto.notes ?? '',
          status: GroupEventStatus.Scheduled,
          createdBy: actor.userId,
        }),
      );
      await this.addParticipants(event.id, participantIds, manager);
      await recordTransition(manager, {
        entity: 'group_event',
        entityId: event.id,
        userId: actor.userId,
        from: null,
        to: GroupEventStatus.Scheduled,
      });
      const given = Object.keys(dto).filter((k) => dto[k as keyof CreateEventDto] !== undefined);
      await this.record(actor, manager, event, AuditAction.Create, given, participantIds);
      return event;
    });
  }

  /** Only a scheduled event changes; participants hidden from the caller are kept. */
  update(actor: Actor, id: string, dto: UpdateEventDto): Promise<GroupEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockForUpdate(actor, id, dto.version, manager);
      assertScheduled(event);
      const { version: _v, participantIds, startsAt, ...fields } = dto;
      if (fields.leadUserId)
        await this.users.assertAssignable(actor, fields.leadUserId, 'leadUserId');
      await assertLeads(manager, actor, fields);
      const defined = Object.fromEntries(
        Object.entries({
          ...fields,
          startsAt: startsAt === undefined ? undefined : new Date(startsAt),
        }).filter(([, v]) => v !== undefined),
      );
      Object.assign(event, defined);
      const changed = Object.keys(defined);
      let graduateIds: string[] = [];
      if (participantIds) {
        graduateIds = await this.replaceParticipants(actor, id, participantIds, manager);
        changed.push('participantIds');
      }
      event.changedAt = new Date();
      await manager.save(event);
      await this.record(actor, manager, event, AuditAction.Update, changed, graduateIds);
      return event;
    });
  }

  cancel(actor: Actor, id: string, dto: CancelEventDto): Promise<GroupEvent> {
    return this.transitionEvent(actor, id, dto.version, 'cancel', dto.reason, async (event) => {
      event.cancelReason = dto.reason;
      return { changed: ['status', 'cancelReason'], graduateIds: [] };
    });
  }

  /**
   * The event took place: the attendance is confirmed and every participant present gets
   * a group service of the event's kind, dated the event's day in the institution's zone.
   * A participant who is not eligible that day (001 §4.1) refuses the whole hold, by name.
   */
  hold(actor: Actor, id: string, dto: HoldEventDto): Promise<GroupEvent> {
    return this.transitionEvent(actor, id, dto.version, 'hold', '', async (event, manager) => {
      if (event.startsAt.getTime() > Date.now())
        throw new DomainError(
          409,
          'event-not-started',
          'Мероприятие ещё не началось: присутствие отмечается после его начала',
        );
      const participants = await this.events.participantsOf(id, manager);
      const visible = await this.events.visibleGraduateIds(
        actor,
        participants.map((p) => p.graduateId),
        manager,
      );
      if (participants.some((p) => !visible.has(p.graduateId)))
        throw new DomainError(
          409,
          'participants-hidden',
          'Среди участников есть выпускники, чьи личные дела вам не видны: присутствие отмечает руководитель или их специалист',
        );
      const listed = new Set(participants.map((p) => p.graduateId));
      if (dto.presentGraduateIds.some((g) => !listed.has(g)))
        throw fieldError(
          'presentGraduateIds',
          'Присутствующими отмечены выпускники, которых нет среди участников',
          'not a participant of the event',
        );
      const came = new Set(dto.presentGraduateIds);
      const present = participants.filter((p) => came.has(p.graduateId));
      const day = dayOf(event.startsAt, actor.timeZone);
      await this.assertEligible(present, day, manager);
      const kindId = await this.serviceKindOf(event.kind);
      for (const participant of participants) {
        participant.present = came.has(participant.graduateId);
        if (participant.present) {
          const service = await this.services.create(
            actor,
            {
              graduateId: participant.graduateId,
              providedOn: day,
              kindId,
              form: ServiceForm.Group,
              delivery: ServiceDelivery.InPerson,
              durationMinutes: event.durationMinutes,
              result: `${GROUP_EVENT_KIND_LABELS[event.kind]} «${event.topic}»`,
              specialistId: event.leadUserId ?? actor.userId,
            },
            manager,
          );
          participant.serviceId = service.id;
        }
        await manager.update(
          EventParticipant,
          { id: participant.id },
          { present: participant.present, serviceId: participant.serviceId },
        );
      }
      return {
        changed: ['status', 'present'],
        graduateIds: participants.map((p) => p.graduateId),
        details: { present: present.length, absent: participants.length - present.length },
      };
    });
  }

  private transitionEvent(
    actor: Actor,
    id: string,
    version: number,
    action: EventAction,
    reason: string,
    apply: (
      event: GroupEvent,
      manager: EntityManager,
    ) => Promise<{ changed: string[]; graduateIds: string[]; details?: Record<string, unknown> }>,
  ): Promise<GroupEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockForUpdate(actor, id, version, manager);
      const from = event.status;
      const to = transition(EVENT_LIFECYCLE, action, from, GROUP_EVENT_STATUS_LABELS);
      const { changed, graduateIds, details } = await apply(event, manager);
      event.status = to;
      event.changedAt = new Date();
      await manager.save(event);
      await recordTransition(manager, {
        entity: 'group_event',
        entityId: id,
        userId: actor.userId,
        from,
        to,
        reason,
        details,
      });
      await this.record(actor, manager, event, AuditAction.Update, changed, graduateIds);
      return event;
    });
  }

  /** Names every participant present who may not receive help on the day, with the reason. */
  private async assertEligible(
    present: EventParticipant[],
    day: string,
    manager: EntityManager,
  ): Promise<void> {
    const refused: { name: string; eligibility: Eligibility }[] = [];
    for (const p of present) {
      const eligibility = await this.graduates.eligibilityOf(p.graduate!, day, manager);
      if (!eligibility.eligible) refused.push({ name: fullNameOf(p.graduate!), eligibility });
    }
    if (!refused.length) return;
    const names = refused.map((r) => `${r.name} (${r.eligibility.reason})`).join('; ');
    throw new DomainError(
      409,
      'not-eligible',
      `Помощь не может быть учтена: ${names}. Отметьте их отсутствующими или оформите распоряжение`,
      { eligibility: refused[0].eligibility },
    );
  }

  /** The service-kind entry of the event's kind (a retired one is refused by the services). */
  private async serviceKindOf(kind: GroupEventKind): Promise<string> {
    const code = SERVICE_KIND_OF_EVENT[kind];
    const entries = await this.dictionaries.list(DictionaryKind.ServiceKind, {
      includeRetired: true,
    });
    const entry = entries.find((e) => e.code === code);
    if (!entry) throw new Error(`service kind «${code}» is missing from the dictionary`);
    return entry.id;
  }

  /** Participants must be graduates the caller may see: otherwise 422, as for any reference. */
  private async assertVisible(
    actor: Actor,
    graduateIds: string[],
    manager: EntityManager,
  ): Promise<void> {
    const visible = await this.events.visibleGraduateIds(actor, graduateIds, manager);
    if (graduateIds.some((g) => !visible.has(g)))
      throw referenceNotFound('participantIds', 'Личное дело участника не найдено');
  }

  /** Replaces the participants the caller sees; returns the graduates added or removed. */
  private async replaceParticipants(
    actor: Actor,
    eventId: string,
    wanted: string[],
    manager: EntityManager,
  ): Promise<string[]> {
    await this.assertVisible(actor, wanted, manager);
    const current = await manager.findBy(EventParticipant, { eventId });
    const visible = await this.events.visibleGraduateIds(
      actor,
      current.map((p) => p.graduateId),
      manager,
    );
    const keep = new Set(wanted);
    const removed = current.filter((p) => visible.has(p.graduateId) && !keep.has(p.graduateId));
    if (removed.length)
      await manager.delete(EventParticipant, { id: In(removed.map((p) => p.id)) });
    const existing = new Set(current.map((p) => p.graduateId));
    const added = wanted.filter((g) => !existing.has(g));
    await this.addParticipants(eventId, added, manager);
    return [...removed.map((p) => p.graduateId), ...added];
  }

  private async addParticipants(eventId: string, graduateIds: string[], manager: EntityManager) {
    if (graduateIds.length)
      await manager.insert(
        EventParticipant,
        graduateIds.map((graduateId) => ({ eventId, graduateId })),
      );
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    event: GroupEvent,
    action: AuditAction,
    changedFields: string[],
    graduateIds: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'group_event',
        entityId: event.id,
        changedFields,
        details: { graduateIds },
      },
      manager,
    );
  }
}

/** A held or cancelled event is a record of what happened: it no longer changes. */
function assertScheduled(event: GroupEvent): void {
  if (event.status !== GroupEventStatus.Scheduled)
    throw new DomainError(
      409,
      'event-closed',
      `Мероприятие уже «${GROUP_EVENT_STATUS_LABELS[event.status]}»: изменить его нельзя`,
      { currentStatus: event.status },
    );
}

/** A curator or partner named as the lead must be a working one of the institution. */
async function assertLeads(
  manager: EntityManager,
  actor: Actor,
  dto: { leadCuratorId?: string | null; leadPartnerId?: string | null },
): Promise<void> {
  if (dto.leadCuratorId)
    await assertWorkingCurators(manager, actor, [dto.leadCuratorId], 'leadCuratorId');
  if (dto.leadPartnerId) {
    const partner = await manager.findOneBy(Partner, {
      id: dto.leadPartnerId,
      institutionId: actor.institutionId ?? undefined,
      archivedAt: IsNull(),
    });
    if (!partner)
      throw referenceNotFound('leadPartnerId', 'Выберите организацию из справочника партнёров');
  }
}
