import { Injectable } from '@nestjs/common';
import { assertBirthDate } from './birth-date';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import dayjs from 'dayjs';
import {
  Brackets,
  DataSource,
  EntityManager,
  FindOptionsWhere,
  In,
  IsNull,
  Repository,
} from 'typeorm';
import { ExceptionOrder } from './exception-orders/exception-order.entity';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { CursorPage } from '../common/pagination/cursor';
import { Page } from '../common/pagination/page';
import { DomainError, notFound } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { graduateAssigned } from '../notifications/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { ConsentState, consentStates } from './consents/consent-state';
import {
  ArchiveGraduateDto,
  CreateGraduateDto,
  ListGraduatesQueryDto,
  UpdateGraduateDto,
} from './dto/graduate.requests';
import { eligibilityOn, Eligibility, AGE_LIMIT } from './eligibility';
import { visibleGraduates } from './graduate-access';
import { Graduate, GraduateStatus } from './graduate.entity';
import { consentRequiredFields, refuseWithoutConsent } from './personal-data';
import { normaliseName, searchGraduates, searchGraduatesAfter } from './graduate-search';
import { SituationHistoryService } from './situation/situation-history.service';

@Injectable()
export class GraduatesService {
  private readonly scoped: InstitutionScoped<Graduate>;

  constructor(
    @InjectRepository(Graduate) private readonly graduates: Repository<Graduate>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly situations: SituationHistoryService,
    private readonly notifications: NotificationsService,
  ) {
    this.scoped = new InstitutionScoped(graduates, 'Личное дело не найдено');
  }

  async list(actor: Actor, query: ListGraduatesQueryDto): Promise<Page<Graduate>> {
    const page = await searchGraduates(
      this.dataSource,
      this.visible(actor, this.filterOf(query)),
      query,
    );
    await this.withExceptionOrders(page.items);
    return page;
  }

  /** Machines' keyset pages of the same list (see searchGraduatesAfter). */
  async listAfter(actor: Actor, query: ListGraduatesQueryDto): Promise<CursorPage<Graduate>> {
    const rows = await searchGraduatesAfter(
      this.dataSource,
      this.visible(actor, this.filterOf(query)),
      query,
    );
    await this.withExceptionOrders(rows.items);
    return rows;
  }

  /** Loads the exception orders of a page of files (eligibility needs them), in one query. */
  async withExceptionOrders(
    graduates: Graduate[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Graduate[]> {
    if (!graduates.length) return graduates;
    const orders = await manager.find(ExceptionOrder, {
      where: { graduateId: In(graduates.map((g) => g.id)) },
    });
    for (const g of graduates) g.exceptionOrders = orders.filter((o) => o.graduateId === g.id);
    return graduates;
  }

  /** Opening a personal file is logged (who viewed it, not only who changed it). */
  async open(actor: Actor, id: string): Promise<{ graduate: Graduate; consent: ConsentState }> {
    // Two round trips: the file and its consents together (the consents of a file the caller
    // may not see are read and dropped with the 404), then the audit entry.
    const [graduate, consent] = await Promise.all([
      this.getVisible(actor, id),
      this.consentOf(actor, id),
    ]);
    await this.audit.record(actor, { action: AuditAction.Read, entity: 'graduate', entityId: id });
    return { graduate, consent };
  }

  /** The processing-consent state of one file today. */
  async consentOf(actor: Actor, id: string): Promise<ConsentState> {
    return (await consentStates(this.dataSource.manager, [id], actor.today())).get(id) ?? 'none';
  }

  /** The graduate if the caller may see it; otherwise 404 (also for other institutions). */
  async getVisible(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Graduate> {
    const where = this.visible(actor, { id });
    // find, not findOne: with a to-many relation findOne's LIMIT costs a second statement
    // (TypeORM pages the ids first); an id matches one file anyway.
    const [found] = where.length
      ? await manager.find(Graduate, {
          where,
          relations: {
            responsibleSpecialist: true,
            originInstitution: true,
            exceptionOrders: true,
          },
        })
      : [];
    if (!found) throw notFound('Личное дело не найдено');
    return found;
  }

  /** Refuses new help for a person who is not eligible on that day (001 §4.1). */
  async assertEligible(
    graduate: Graduate,
    on: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Eligibility> {
    const eligibility = await this.eligibilityOf(graduate, on, manager);
    if (!eligibility.eligible) {
      throw new DomainError(409, 'not-eligible', eligibility.reason, { eligibility });
    }
    return eligibility;
  }

  async eligibility(actor: Actor, id: string, on: string = actor.today()): Promise<Eligibility> {
    return this.eligibilityOf(await this.getVisible(actor, id), on);
  }

  /**
   * Eligibility on a day (001 §4.1), judged on the study facts valid that day (the situation
   * history) and the confirmed exception orders.
   */
  async eligibilityOf(
    graduate: Graduate,
    on: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Eligibility> {
    const byAge = eligibilityOn({ ...graduate, exceptionOrders: [] }, on);
    if (byAge.basis === 'under_23') return byAge;
    if (!graduate.exceptionOrders) await this.withExceptionOrders([graduate], manager);
    const situation = await this.situations.situationOn(graduate, on, manager);
    return eligibilityOn({ ...graduate, situation }, on);
  }

  /** Files of people whose 23rd birthday falls within the next `days` days. */
  async turning23(actor: Actor, days: number): Promise<Graduate[]> {
    const from = dayjs(actor.today()).subtract(AGE_LIMIT, 'year');
    const to = from.add(days, 'day');
    const where = this.visible(actor, { archivedAt: IsNull() });
    if (!where.length) return [];
    return this.graduates
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.responsibleSpecialist', 's')
      .where(new Brackets((b) => where.forEach((w) => b.orWhere(w))))
      .andWhere('g.birth_date > :from AND g.birth_date <= :to', {
        from: from.format('YYYY-MM-DD'),
        to: to.format('YYYY-MM-DD'),
      })
      .orderBy('g.birth_date', 'ASC')
      .getMany()
      .then((found) => this.withExceptionOrders(found));
  }

  /**
   * Stores the status the contracts give the graduate (ContractsService decides it); the
   * day of change moves only when the status itself changes. Inside the caller's transaction.
   */
  async setDerivedStatus(
    manager: EntityManager,
    graduateId: string,
    derived: { status: GraduateStatus; reason: string },
    today: string,
  ): Promise<void> {
    const graduate = await manager.findOneByOrFail(Graduate, { id: graduateId });
    if (graduate.status === derived.status && graduate.statusReason === derived.reason) return;
    await manager.update(
      Graduate,
      { id: graduateId },
      {
        status: derived.status,
        statusReason: derived.reason,
        ...(graduate.status !== derived.status ? { statusChangedOn: today } : {}),
      },
    );
  }

  /** Registers a person; `manager` lets an import run many creations in one transaction. */
  async create(actor: Actor, dto: CreateGraduateDto, manager?: EntityManager): Promise<Graduate> {
    if (!manager) return this.dataSource.transaction((m) => this.create(actor, dto, m));
    assertBirthDate(dto.birthDate, actor.today());
    const needsConsent = consentRequiredFields(dto);
    if (needsConsent.length) throw refuseWithoutConsent(needsConsent);
    await this.assertNotDuplicate(actor, dto, undefined, manager);
    // A specialist who registers a person usually goes on working with them: the file is
    // theirs unless the request names someone else or asks for none (null: the intake queue).
    if (dto.responsibleSpecialistId === undefined && actor.role === Role.Specialist)
      dto = { ...dto, responsibleSpecialistId: actor.userId };
    if (dto.responsibleSpecialistId)
      await this.users.assertAssignable(
        actor,
        dto.responsibleSpecialistId,
        'responsibleSpecialistId',
      );
    const fields = this.fieldsOf(dto);
    const saved = await manager.save(
      manager.create(Graduate, {
        ...fields,
        institutionId: actor.institutionId!,
        createdBy: actor.userId,
        statusChangedOn: actor.today(),
      }),
    );
    if (Object.keys(saved.situation).length)
      await this.situations.record(manager, actor, saved.id, null, saved.situation);
    await this.notifyAssigned(manager, actor, saved);
    await this.audit.record(
      actor,
      {
        action: AuditAction.Create,
        entity: 'graduate',
        entityId: saved.id,
        changedFields: Object.keys(fields),
      },
      manager,
    );
    return this.getVisible(actor, saved.id, manager);
  }

  async update(actor: Actor, id: string, dto: UpdateGraduateDto): Promise<Graduate> {
    assertBirthDate(dto.birthDate, actor.today());
    if (dto.responsibleSpecialistId)
      await this.users.assertAssignable(
        actor,
        dto.responsibleSpecialistId,
        'responsibleSpecialistId',
      );
    return this.dataSource.transaction(async (manager) => {
      await this.getVisible(actor, id, manager);
      const graduate = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const needsConsent = consentRequiredFields(dto);
      if (
        needsConsent.length &&
        (await consentStates(manager, [id], actor.today())).get(id) !== 'current'
      )
        throw refuseWithoutConsent(needsConsent);
      const { version: _version, situationValidFrom, ...changes } = dto;
      const before = graduate.situation;
      const next = {
        ...this.fieldsOf({ ...this.inputOf(graduate), ...changes } as CreateGraduateDto),
      };
      const changed = AuditService.changedFields(pick(graduate, Object.keys(next)), next);
      if (changed.some((f) => ['lastName', 'firstName', 'patronymic', 'birthDate'].includes(f))) {
        await this.assertNotDuplicate(
          actor,
          { ...this.inputOf(graduate), ...changes } as CreateGraduateDto,
          id,
          manager,
        );
      }
      Object.assign(graduate, next);
      await manager.save(graduate);
      if (changed.includes('responsibleSpecialistId'))
        await this.notifyAssigned(manager, actor, graduate);
      if (changed.includes('situation'))
        await this.situations.record(
          manager,
          actor,
          id,
          before,
          graduate.situation,
          situationValidFrom,
        );
      await this.audit.record(
        actor,
        { action: AuditAction.Update, entity: 'graduate', entityId: id, changedFields: changed },
        manager,
      );
      return this.getVisible(actor, id, manager);
    });
  }

  /** No hard delete: an archived file leaves the lists and keeps its history. */
  async archive(actor: Actor, id: string, dto: ArchiveGraduateDto): Promise<Graduate> {
    return this.dataSource.transaction(async (manager) => {
      await this.getVisible(actor, id, manager);
      const graduate = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      if (graduate.archivedAt)
        throw new DomainError(409, 'already-archived', 'Личное дело уже в архиве');
      graduate.archivedAt = new Date();
      graduate.statusReason = dto.reason;
      await manager.save(graduate);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Archive,
          entity: 'graduate',
          entityId: id,
          details: { reason: dto.reason },
        },
        manager,
      );
      return this.getVisible(actor, id, manager);
    });
  }

  /** The specialist the file was just given to hears of it (unless they took it themselves). */
  private async notifyAssigned(manager: EntityManager, actor: Actor, graduate: Graduate) {
    if (!graduate.responsibleSpecialistId) return;
    await this.notifications.notify(
      manager,
      graduateAssigned(graduate, {
        userId: graduate.responsibleSpecialistId,
        actorId: actor.userId,
      }),
    );
  }

  visible(actor: Actor, filter: FindOptionsWhere<Graduate>): FindOptionsWhere<Graduate>[] {
    return visibleGraduates(this.scoped, actor, filter);
  }

  private filterOf(query: ListGraduatesQueryDto): FindOptionsWhere<Graduate> {
    const filter: FindOptionsWhere<Graduate> = {};
    if (query.status) filter.status = query.status;
    if (query.specialistId) filter.responsibleSpecialistId = query.specialistId;
    if (query.unassigned) filter.responsibleSpecialistId = IsNull();
    if (query.originInstitutionId) filter.originInstitutionId = query.originInstitutionId;
    if (!query.archived) filter.archivedAt = IsNull();
    return filter;
  }

  /** Same person = same normalised full name and birth date within the institution. */
  findSamePerson(
    actor: Actor,
    dto: CreateGraduateDto,
    manager = this.dataSource.manager,
  ): Promise<Graduate | null> {
    const searchName = normaliseName(`${dto.lastName} ${dto.firstName} ${dto.patronymic ?? ''}`);
    return manager.findOne(Graduate, {
      where: this.scoped.where(actor, { searchName, birthDate: dto.birthDate }),
    });
  }

  private async assertNotDuplicate(
    actor: Actor,
    dto: CreateGraduateDto,
    exceptId?: string,
    manager = this.dataSource.manager,
  ): Promise<void> {
    const existing = await this.findSamePerson(actor, dto, manager);
    if (existing && existing.id !== exceptId) {
      const name = `${existing.lastName} ${existing.firstName} ${existing.patronymic}`.trim();
      throw new DomainError(
        409,
        'duplicate-person',
        `Такой человек уже зарегистрирован: ${name}, ${dayjs(existing.birthDate).format('DD.MM.YYYY')}`,
        {
          existingId: existing.id,
        },
      );
    }
  }

  private fieldsOf(dto: CreateGraduateDto): Partial<Graduate> {
    return {
      lastName: dto.lastName,
      firstName: dto.firstName,
      patronymic: dto.patronymic ?? '',
      sex: dto.sex,
      birthDate: dto.birthDate,
      legalStatus: dto.legalStatus,
      originInstitutionId: dto.originInstitutionId ?? null,
      originInstitutionName: dto.originInstitutionName ?? '',
      leftCareOn: dto.leftCareOn ?? null,
      contacts: { ...(dto.contacts ?? {}) },
      registrationAddress: dto.registrationAddress ?? '',
      actualAddress: dto.actualAddress ?? '',
      situation: { ...(dto.situation ?? {}) },
      responsibleSpecialistId: dto.responsibleSpecialistId ?? null,
    };
  }

  /** The stored file expressed as input, so a partial update can be merged over it. */
  private inputOf(g: Graduate): CreateGraduateDto {
    return {
      lastName: g.lastName,
      firstName: g.firstName,
      patronymic: g.patronymic,
      sex: g.sex,
      birthDate: g.birthDate,
      legalStatus: g.legalStatus,
      originInstitutionId: g.originInstitutionId ?? undefined,
      originInstitutionName: g.originInstitutionName,
      leftCareOn: g.leftCareOn ?? undefined,
      contacts: g.contacts,
      registrationAddress: g.registrationAddress,
      actualAddress: g.actualAddress,
      situation: g.situation,
      responsibleSpecialistId: g.responsibleSpecialistId,
    };
  }
}

function pick<T extends object>(source: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (source as Record<string, unknown>)[k]]));
}
