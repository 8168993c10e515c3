import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In, Raw, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { historyOf, HistoryEntry } from '../common/lifecycle/lifecycle';
import { withinDays } from '../common/local-day';
import { Page, skipTake } from '../common/pagination/page';
import { notFound } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from '../graduates/graduate.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { EventCounts } from './dto/event.response';
import { ListEventsQueryDto } from './dto/event.requests';
import { fieldError } from './event-rules';
import { EventParticipant } from './event-participant.entity';
import { GroupEvent } from './group-event.entity';

export interface EventView {
  event: GroupEvent;
  /** The participants the caller may see, with their graduates, by name. */
  participants: EventParticipant[];
  hidden: number;
  counts: EventCounts;
  history: HistoryEntry[];
}

const NONE: EventCounts = { participants: 0, present: 0 };

/**
 * Reading group events. An event belongs to the institution: everyone there with
 * `events.read` sees it, but participants only by name when their files are visible
 * to the caller (specialists: assigned files and the intake queue).
 */
@Injectable()
export class EventsService {
  private readonly scoped: InstitutionScoped<GroupEvent>;

  constructor(
    @InjectRepository(GroupEvent) events: Repository<GroupEvent>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(events, 'Мероприятие не найдено');
  }

  async list(
    actor: Actor,
    query: ListEventsQueryDto,
  ): Promise<Page<{ event: GroupEvent; counts: EventCounts }>> {
    if (query.from && query.to && query.to < query.from)
      throw fieldError('to', 'Начало периода позже его конца', 'to must not be before from');
    const filter: FindOptionsWhere<GroupEvent> = {};
    if (query.kind) filter.kind = query.kind;
    if (query.status) filter.status = query.status;
    const period = withinDays(actor.timeZone, query.from, query.to);
    if (period) filter.startsAt = period;
    const empty = { items: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    // A filter by a graduate the caller may not see would tell where that person goes.
    if (query.graduateId && !(await this.visibleGraduateIds(actor, [query.graduateId])).size)
      return empty;
    if (query.graduateId)
      filter.id = Raw(
        (id) =>
          `${id} IN (SELECT "event_id" FROM "group_event_participants" WHERE "graduate_id" = :graduateId)`,
        { graduateId: query.graduateId },
      );
    const [events, total] = await this.dataSource.manager.findAndCount(GroupEvent, {
      where: this.scoped.where(actor, filter),
      relations: { leadUser: true, leadCurator: true, leadPartner: true },
      order: { startsAt: 'DESC', id: 'DESC' },
      ...skipTake(query),
    });
    const counts = await this.countsOf(events.map((e) => e.id));
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'group_event',
      details: { list: true, from: query.from, to: query.to, graduateId: query.graduateId },
    });
    return {
      items: events.map((event) => ({ event, counts: counts.get(event.id) ?? NONE })),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  /** An event of the caller's institution, with its lead; otherwise 404. */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GroupEvent> {
    const found = await manager.findOne(GroupEvent, {
      where: this.scoped.where(actor, { id }),
      relations: { leadUser: true, leadCurator: true, leadPartner: true },
    });
    if (!found) throw notFound('Мероприятие не найдено');
    return found;
  }

  /** Locks the event for a change and checks the version the client saw (404, then 409). */
  lockForUpdate(actor: Actor, id: string, version: number, manager: EntityManager) {
    return this.scoped.lockForUpdate(actor, id, version, manager);
  }

  async full(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventView> {
    const event = await this.get(actor, id, manager);
    const all = await this.participantsOf(id, manager);
    const visible = await this.visibleGraduateIds(
      actor,
      all.map((p) => p.graduateId),
      manager,
    );
    const participants = all.filter((p) => visible.has(p.graduateId));
    return {
      event,
      participants,
      hidden: all.length - participants.length,
      counts: { participants: all.length, present: all.filter((p) => p.present).length },
      history: await historyOf(manager, 'group_event', id),
    };
  }

  /** Opening an event is logged with the graduates whose names it showed. */
  async open(actor: Actor, id: string): Promise<EventView> {
    const view = await this.full(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'group_event',
      entityId: id,
      details: { graduateIds: view.participants.map((p) => p.graduateId) },
    });
    return view;
  }

  /** Every participant of the event, with the graduate, in the order of their names. */
  async participantsOf(
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventParticipant[]> {
    const participants = await manager.find(EventParticipant, {
      where: { eventId },
      relations: { graduate: true },
    });
    const name = (p: EventParticipant) =>
      `${p.graduate!.lastName} ${p.graduate!.firstName} ${p.graduate!.patronymic}`;
    return participants.sort(
      (a, b) => name(a).localeCompare(name(b), 'ru') || a.id.localeCompare(b.id),
    );
  }

  /** Which of these graduates' files the caller may see. */
  async visibleGraduateIds(
    actor: Actor,
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Set();
    const where = this.graduates.visible(actor, { id: In(unique) });
    const found = where.length ? await manager.find(Graduate, { where, select: { id: true } }) : [];
    return new Set(found.map((g) => g.id));
  }

  private async countsOf(eventIds: string[]): Promise<Map<string, EventCounts>> {
    if (!eventIds.length) return new Map();
    const rows: { event_id: string; participants: string; present: string }[] =
      await this.dataSource.query(
        `SELECT "event_id", count(*) AS "participants", count(*) FILTER (WHERE "present") AS "present"
           FROM "group_event_participants" WHERE "event_id" = ANY($1) GROUP BY "event_id"`,
        [eventIds],
      );
    return new Map(
      rows.map((r) => [
        r.event_id,
        { participants: Number(r.participants), present: Number(r.present) },
      ]),
    );
  }
}
