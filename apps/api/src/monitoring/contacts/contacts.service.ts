import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { Appeal } from '../../appeals/appeal.entity';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { withinDays } from '../../common/local-day';
import { Page, skipTake } from '../../common/pagination/page';
import { fieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { GraduatesService } from '../../graduates/graduates.service';
import { assertWorkingCurators } from '../../curators/curator-refs';
import { Curator } from '../../curators/curator.entity';
import { fullNameOf } from '../../curators/curator-rules';
import { PlanActivity } from '../../plans/plan-activity.entity';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { CaseContact } from './case-contact.entity';
import {
  ContactDto,
  ContactFieldsDto,
  CreateContactDto,
  ListContactsQueryDto,
  UpdateContactDto,
} from './contact.dto';

/** The case log: visits, calls and contacts about a graduate, also an appeal's case notes. */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    graduateId: string,
    query: ListContactsQueryDto,
  ): Promise<Page<ContactDto>> {
    await this.graduates.getVisible(actor, graduateId);
    const where: FindOptionsWhere<CaseContact> = { graduateId };
    if (query.kind) where.kind = query.kind;
    if (query.appealId) where.appealId = query.appealId;
    const period = withinDays(actor.timeZone, query.from, query.to);
    if (period) where.occurredAt = period;
    const [rows, total] = await this.dataSource.manager.findAndCount(CaseContact, {
      where,
      order: { occurredAt: 'DESC', id: 'DESC' },
      ...skipTake(query),
    });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'case_contact',
      entityId: graduateId,
      details: { graduateId, list: true },
    });
    return {
      items: await this.toDtos(rows),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  create(actor: Actor, graduateId: string, dto: CreateContactDto): Promise<ContactDto> {
    const occurredAt = momentNotInFuture(dto.occurredAt);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      const links = await this.checkedLinks(actor, graduateId, dto, manager);
      const saved = await manager.save(
        manager.create(CaseContact, {
          institutionId: graduate.institutionId,
          graduateId,
          occurredAt,
          kind: dto.kind,
          summary: dto.summary,
          outcome: dto.outcome,
          nextSteps: dto.nextSteps ?? '',
          attendance: dto.attendance ?? '',
          results: dto.results ?? '',
          counterpartView: dto.counterpartView ?? '',
          participantIds: links.participantIds ?? [actor.userId],
          curatorIds: links.curatorIds ?? [],
          appealId: links.appealId ?? null,
          activityIds: links.activityIds ?? [],
          createdBy: actor.userId,
        }),
      );
      await this.record(actor, manager, saved, AuditAction.Create, []);
      return (await this.toDtos([saved], manager))[0];
    });
  }

  update(actor: Actor, graduateId: string, id: string, dto: UpdateContactDto): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.graduates.getVisible(actor, graduateId, manager);
      const contact = await manager.findOne(CaseContact, {
        where: { id, graduateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contact) throw notFound('Запись журнала не найдена');
      if (contact.version !== dto.version) throw staleVersion();
      const { version: _v, occurredAt, ...changes } = dto;
      const links = await this.checkedLinks(actor, graduateId, dto, manager);
      const defined = Object.fromEntries(
        Object.entries({
          ...changes,
          ...links,
          occurredAt: occurredAt ? momentNotInFuture(occurredAt) : undefined,
        }).filter(([, v]) => v !== undefined),
      );
      Object.assign(contact, defined);
      const saved = await manager.save(contact);
      await this.record(actor, manager, saved, AuditAction.Update, Object.keys(defined));
      return (await this.toDtos([saved], manager))[0];
    });
  }

  /** Participants are the institution's staff; the appeal and the activities are the graduate's. */
  private async checkedLinks(
    actor: Actor,
    graduateId: string,
    dto: ContactFieldsDto,
    manager: EntityManager,
  ): Promise<Pick<ContactFieldsDto, 'participantIds' | 'curatorIds' | 'appealId' | 'activityIds'>> {
    for (const userId of dto.participantIds ?? [])
      await this.users.assertAssignable(actor, userId, 'participantIds');
    await assertWorkingCurators(manager, actor, dto.curatorIds ?? [], 'curatorIds');
    if (dto.appealId) {
      const appeal = await manager.findOneBy(Appeal, { id: dto.appealId, graduateId });
      if (!appeal)
        throw fieldError(
          'appealId',
          'Обращение не относится к этому выпускнику',
          'no such appeal of the graduate',
        );
    }
    if (dto.activityIds?.length) {
      const found = await manager.count(PlanActivity, {
        where: { id: In(dto.activityIds), plan: { graduateId } },
      });
      if (found !== new Set(dto.activityIds).size)
        throw fieldError(
          'activityIds',
          'Мероприятие не относится к плану этого выпускника',
          'no such activity of the graduate',
        );
    }
    return {
      participantIds: dto.participantIds,
      curatorIds: dto.curatorIds,
      appealId: dto.appealId,
      activityIds: dto.activityIds,
    };
  }

  async toDtos(rows: CaseContact[], manager: EntityManager = this.dataSource.manager) {
    const ids = [...new Set(rows.flatMap((r) => r.participantIds))];
    const users = ids.length ? await manager.findBy(User, { id: In(ids) }) : [];
    const staff = new Map(users.map((u) => [u.id, StaffRefDto.from(u)]));
    const curatorIds = [...new Set(rows.flatMap((r) => r.curatorIds))];
    const found = curatorIds.length ? await manager.findBy(Curator, { id: In(curatorIds) }) : [];
    const curators = new Map(found.map((c) => [c.id, { id: c.id, fullName: fullNameOf(c) }]));
    return rows.map((r) => ContactDto.from(r, staff, curators));
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    c: CaseContact,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'case_contact',
        entityId: c.id,
        changedFields: fields,
        details: { graduateId: c.graduateId },
      },
      manager,
    );
  }
}

/** A moment of a contact: not in the future (a minute of clock drift allowed). */
export function momentNotInFuture(value: string): Date {
  const moment = new Date(value);
  if (moment.getTime() > Date.now() + 60_000)
    throw fieldError(
      'occurredAt',
      'Контакт не может быть в будущем',
      'occurredAt must not be in the future',
    );
  return moment;
}
