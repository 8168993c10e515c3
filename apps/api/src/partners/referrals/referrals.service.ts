import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { Appeal } from '../../appeals/appeal.entity';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { recordTransition, transition, TransitionTable } from '../../common/lifecycle/lifecycle';
import { Page, skipTake } from '../../common/pagination/page';
import { DomainError, fieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { Consent } from '../../graduates/consents/consent.entity';
import { isCurrent } from '../../graduates/consents/consent-state';
import { visibleGraduates } from '../../graduates/graduate-access';
import { Graduate } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { PlanActivity } from '../../plans/plan-activity.entity';
import { PartnersService } from '../partners.service';
import { CreateReferralDto, ListReferralsQueryDto, ReferralStepDto } from './referral.dto';
import { Referral, REFERRAL_STATUS_LABELS, ReferralStatus as S } from './referral.entity';
import { referenced, referenceNotFound } from '../../common/problem/reference';

export type ReferralStep = 'accept' | 'complete' | 'decline';

const LIFECYCLE: TransitionTable<S, ReferralStep> = {
  accept: { from: [S.Sent], to: S.Accepted },
  complete: { from: [S.Sent, S.Accepted], to: S.Done },
  decline: { from: [S.Sent, S.Accepted], to: S.Declined },
};

/** Referrals of graduates to partners, only as far as the graduate's consent allows sharing. */
@Injectable()
export class ReferralsService {
  private readonly scoped: InstitutionScoped<Referral>;
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(Referral),
      'Направление не найдено',
    );
    this.graduateScope = new InstitutionScoped(
      dataSource.getRepository(Graduate),
      'Личное дело не найдено',
    );
  }

  private visibleWhere(actor: Actor, filter: FindOptionsWhere<Referral> = {}) {
    return visibleGraduates(this.graduateScope, actor).map((graduate) =>
      this.scoped.where(actor, { ...filter, graduate }),
    );
  }

  async list(actor: Actor, query: ListReferralsQueryDto): Promise<Page<Referral>> {
    const filter: FindOptionsWhere<Referral> = {};
    if (query.graduateId) filter.graduateId = query.graduateId;
    if (query.partnerId) filter.partnerId = query.partnerId;
    if (query.status) filter.status = query.status;
    const [items, total] = await this.dataSource.manager.findAndCount(Referral, {
      where: this.visibleWhere(actor, filter),
      relations: { graduate: true, partner: true },
      order: { referredOn: 'DESC', id: 'DESC' },
      ...skipTake(query),
    });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'referral',
      details: { list: true, ids: items.map((r) => r.id) },
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager) {
    const found = await manager.findOne(Referral, {
      where: this.visibleWhere(actor, { id }),
      relations: { graduate: true, partner: true },
    });
    if (!found) throw notFound('Направление не найдено');
    return found;
  }

  async open(actor: Actor, id: string): Promise<Referral> {
    const referral = await this.get(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'referral',
      entityId: id,
      details: { graduateId: referral.graduateId },
    });
    return referral;
  }

  /**
   * 152-FZ, 000 §7.1.8: a graduate's data goes to a partner only under a current written
   * consent that names sharing with that kind of organisation.
   */
  create(actor: Actor, dto: CreateReferralDto): Promise<Referral> {
    if (dto.referredOn > actor.today())
      throw fieldError(
        'referredOn',
        'Дата направления не может быть в будущем',
        'referredOn must not be in the future',
      );
    return this.dataSource.transaction(async (manager) => {
      const graduate = await referenced(
        'graduateId',
        this.graduates.getVisible(actor, dto.graduateId, manager),
      );
      if (graduate.archivedAt)
        throw new DomainError(
          409,
          'graduate-archived',
          'Личное дело в архиве: направление невозможно',
        );
      const partner = await referenced(
        'partnerId',
        this.partners.get(actor, dto.partnerId, manager),
      );
      if (partner.archivedAt)
        throw new DomainError(409, 'partner-archived', `Организация «${partner.name}» в архиве`);
      const consents = await manager.findBy(Consent, { graduateId: graduate.id });
      const covered = consents.some(
        (c) => isCurrent(c, dto.referredOn) && c.sharingPartnerKinds.includes(partner.kind),
      );
      if (!covered)
        throw new DomainError(
          409,
          'consent-required',
          'Нет действующего согласия выпускника на передачу сведений организациям этого вида: направление невозможно',
          {
            errors: { partnerId: ['the consent does not cover sharing with this kind of partner'] },
          },
        );
      await this.assertLinks(graduate.id, dto, manager);
      const saved = await manager.save(
        manager.create(Referral, {
          institutionId: graduate.institutionId,
          graduateId: graduate.id,
          partnerId: partner.id,
          referredOn: dto.referredOn,
          purpose: dto.purpose,
          appealId: dto.appealId ?? null,
          activityId: dto.activityId ?? null,
          status: S.Sent,
          statusOn: dto.referredOn,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'referral',
        entityId: saved.id,
        userId: actor.userId,
        from: null,
        to: S.Sent,
      });
      await this.record(actor, manager, saved, AuditAction.Create, []);
      return this.get(actor, saved.id, manager);
    });
  }

  step(actor: Actor, id: string, step: ReferralStep, dto: ReferralStepDto): Promise<Referral> {
    if (step !== 'accept' && !dto.result)
      throw fieldError('result', 'Опишите результат', 'result is required');
    if (dto.on > actor.today())
      throw fieldError('on', 'Дата не может быть в будущем', 'on must not be in the future');
    return this.dataSource.transaction(async (manager) => {
      await this.get(actor, id, manager);
      const referral = await manager.findOneOrFail(Referral, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (referral.version !== dto.version) throw staleVersion();
      if (dto.on < referral.referredOn)
        throw fieldError(
          'on',
          'Дата не может быть раньше направления',
          'on must not precede referredOn',
        );
      const from = referral.status;
      referral.status = transition(LIFECYCLE, step, from, REFERRAL_STATUS_LABELS);
      referral.statusOn = dto.on;
      if (dto.result) referral.result = dto.result;
      await manager.save(referral);
      await recordTransition(manager, {
        entity: 'referral',
        entityId: id,
        userId: actor.userId,
        from,
        to: referral.status,
        reason: dto.result ?? '',
      });
      await this.record(actor, manager, referral, AuditAction.Update, ['status']);
      return this.get(actor, id, manager);
    });
  }

  private async assertLinks(graduateId: string, dto: CreateReferralDto, manager: EntityManager) {
    if (dto.appealId && !(await manager.findOneBy(Appeal, { id: dto.appealId, graduateId })))
      throw referenceNotFound('appealId', 'Обращение не относится к этому выпускнику');
    if (
      dto.activityId &&
      !(await manager.count(PlanActivity, { where: { id: dto.activityId, plan: { graduateId } } }))
    )
      throw referenceNotFound('activityId', 'Мероприятие не относится к плану этого выпускника');
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    r: Referral,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'referral',
        entityId: r.id,
        changedFields: fields,
        details: { graduateId: r.graduateId, partnerId: r.partnerId },
      },
      manager,
    );
  }
}
