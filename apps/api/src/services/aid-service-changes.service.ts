import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Appeal } from '../appeals/appeal.entity';
import { AppealsService } from '../appeals/appeals.service';
import { dayOf } from '../common/local-day';
import { noSuch, visibleGraduateFor } from '../appeals/references';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { DictionariesService } from '../dictionaries/dictionaries.service';
import { DictionaryKind } from '../dictionaries/dictionary-entry.entity';
import { Graduate } from '../graduates/graduate.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { UsersService } from '../users/users.service';
import { recordService } from './aid-service-audit';
import { AidService } from './aid-service.entity';
import { AidServicesService } from './aid-services.service';
import { CreateAidServiceDto, UpdateAidServiceDto } from './dto/aid-service.requests';

/** The fields of a service a request may set, before they are checked. */
type ServiceFields = Pick<
  AidService,
  | 'providedOn'
  | 'kindId'
  | 'form'
  | 'delivery'
  | 'durationMinutes'
  | 'result'
  | 'appealId'
  | 'specialistId'
>;

/** Recording and correcting help given: eligibility on the day (001 §4.1), kinds, the appeal. */
@Injectable()
export class AidServiceChangesService {
  private readonly scoped: InstitutionScoped<AidService>;

  constructor(
    @InjectRepository(AidService) services: Repository<AidService>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: AidServicesService,
    private readonly graduates: GraduatesService,
    private readonly appeals: AppealsService,
    private readonly dictionaries: DictionariesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(services, 'Запись об оказанной помощи не найдена');
  }

  /**
   * Inside the caller's transaction when `within` is given: a held group event records the
   * service of every present participant at once, or none of them. `imported` help is an
   * old line of a paper journal: a kind of help retired since may stand.
   */
  create(
    actor: Actor,
    dto: CreateAidServiceDto,
    within?: EntityManager,
    imported = false,
  ): Promise<AidService> {
    const run = <T>(work: (manager: EntityManager) => Promise<T>) =>
      within ? work(within) : this.dataSource.transaction(work);
    return run(async (manager) => {
      const graduate = await visibleGraduateFor(this.graduates, actor, dto.graduateId, manager);
      const fields: ServiceFields = {
        providedOn: dto.providedOn,
        kindId: dto.kindId,
        form: dto.form,
        delivery: dto.delivery,
        durationMinutes: dto.durationMinutes,
        result: dto.result ?? '',
        appealId: dto.appealId ?? null,
        specialistId: dto.specialistId ?? actor.userId,
      };
      await this.check(actor, graduate, fields, null, manager, imported);
      const saved = await manager.save(
        manager.create(AidService, {
          ...fields,
          institutionId: graduate.institutionId,
          graduateId: graduate.id,
          createdBy: actor.userId,
        }),
      );
      const given = Object.keys(dto).filter(
        (k) => dto[k as keyof CreateAidServiceDto] !== undefined,
      );
      await recordService(this.audit, actor, AuditAction.Create, saved, given, manager);
      return this.reads.get(actor, saved.id, manager);
    });
  }

  update(actor: Actor, id: string, dto: UpdateAidServiceDto): Promise<AidService> {
    return this.dataSource.transaction(async (manager) => {
      // Visibility first (404), then the row lock and the version check (409).
      const current = await this.reads.get(actor, id, manager);
      const service = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const before = fieldsOf(service);
      const { version: _version, ...changes } = dto;
      const next: ServiceFields = { ...before };
      for (const [key, value] of Object.entries(changes)) {
        // As elsewhere, null means "unchanged" — except for the appeal, where it detaches.
        if (value !== undefined && (value !== null || key === 'appealId')) {
          Object.assign(next, { [key]: value });
        }
      }
      const changed = AuditService.changedFields(before, next);
      if (changed.length === 0) return current;
      await this.check(actor, current.graduate!, next, before, manager);
      Object.assign(service, next);
      await manager.save(service);
      await recordService(this.audit, actor, AuditAction.Update, service, changed, manager);
      return this.reads.get(actor, id, manager);
    });
  }

  /**
   * The rules for new values; `before` is the stored state on an edit, so that what was
   * already accepted (a kind retired since, an earlier day's eligibility) is not re-judged.
   */
  private async check(
    actor: Actor,
    graduate: Graduate,
    next: ServiceFields,
    before: ServiceFields | null,
    manager: EntityManager,
    retiredKindAllowed = false,
  ): Promise<void> {
    if (next.providedOn !== before?.providedOn) {
      if (next.providedOn > actor.today()) {
        throw new DomainError(400, 'validation', 'Дата оказания помощи не может быть в будущем', {
          errors: { providedOn: ['providedOn must not be in the future'] },
        });
      }
      await this.graduates.assertEligible(graduate, next.providedOn, manager);
    }
    if (next.kindId !== before?.kindId) {
      await this.dictionaries.usable(
        DictionaryKind.ServiceKind,
        [next.kindId],
        'kindId',
        retiredKindAllowed ? [next.kindId] : [],
        manager,
      );
    }
    if (next.specialistId !== before?.specialistId) {
      await this.users.assertAssignable(actor, next.specialistId, 'specialistId');
    }
    if (
      next.appealId &&
      (next.appealId !== before?.appealId || next.providedOn !== before.providedOn)
    ) {
      this.checkAppeal(
        await this.appealFor(actor, next.appealId, manager),
        graduate,
        next.providedOn,
        actor.timeZone,
      );
    }
  }

  private async appealFor(actor: Actor, id: string, manager: EntityManager): Promise<Appeal> {
    try {
      return await this.appeals.get(actor, id, manager);
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) {
        throw noSuch('appealId', 'Обращение не найдено');
      }
      throw error;
    }
  }

  private checkAppeal(
    appeal: Appeal,
    graduate: Graduate,
    providedOn: string,
    timeZone: string,
  ): void {
    if (appeal.graduateId !== graduate.id) {
      throw new DomainError(400, 'validation', 'Обращение относится к другому выпускнику', {
        errors: { appealId: ['the appeal belongs to another graduate'] },
      });
    }
    if (providedOn < dayOf(appeal.registeredAt, timeZone)) {
      throw new DomainError(400, 'validation', 'Помощь не может быть оказана раньше обращения', {
        errors: { providedOn: ['providedOn must not precede the appeal'] },
      });
    }
  }
}

function fieldsOf(s: AidService): ServiceFields {
  return {
    providedOn: s.providedOn,
    kindId: s.kindId,
    form: s.form,
    delivery: s.delivery,
    durationMinutes: s.durationMinutes,
    result: s.result,
    appealId: s.appealId,
    specialistId: s.specialistId,
  };
}
