import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { DomainError, staleVersion } from '../common/problem/domain-error';
import { DictionaryKind } from '../dictionaries/dictionary-entry.entity';
import { DictionariesService } from '../dictionaries/dictionaries.service';
import { GraduateFileKind } from '../graduates/files/graduate-file.entity';
import { GraduateFilesService, Upload } from '../graduates/files/graduate-files.service';
import { Graduate } from '../graduates/graduate.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { UsersService } from '../users/users.service';
import {
  ageOn,
  ADULT_AGE,
  assertTerm,
  CONTRACT_LIFECYCLE,
  ContractAction,
  defaultEndsOn,
  fieldError,
} from './contract-rules';
import {
  Contract,
  CONTRACT_STATUS_LABELS,
  ContractEndReason,
  ContractKind,
  ContractStatus,
} from './contract.entity';
import { ContractsService } from './contracts.service';
import {
  ActivateContractDto,
  ContractFieldsDto,
  CreateContractDto,
  DiscardContractDto,
  EndContractDto,
  UpdateContractDto,
} from './dto/contract.requests';
import { statusFromContracts } from './graduate-status';
import { referenced } from '../common/problem/reference';
import { WebhookEvents, WebhookEventType as Hook } from '../integrations/webhooks/webhook-events';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Drafting, signing and ending contracts; the graduate's status follows in the same transaction. */
@Injectable()
export class ContractChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly graduates: GraduatesService,
    private readonly files: GraduateFilesService,
    private readonly dictionaries: DictionariesService,
    private readonly users: UsersService,
    private readonly institutions: InstitutionsService,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateContractDto): Promise<Contract> {
    return this.dataSource.transaction(async (manager) => {
      const graduate = await referenced(
        'graduateId',
        this.graduates.getVisible(actor, dto.graduateId, manager),
      );
      if (graduate.archivedAt)
        throw new DomainError(409, 'graduate-archived', 'Личное дело в архиве');
      const fields = await this.fieldsOf(actor, graduate, dto, null, manager);
      const number = dto.number ?? (await this.nextNumber(actor, manager));
      await this.assertNumberFree(actor, number, null, manager);
      const saved = await manager.save(
        manager.create(Contract, {
          ...fields,
          institutionId: graduate.institutionId,
          graduateId: graduate.id,
          kind: dto.kind,
          number,
          status: ContractStatus.Draft,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'contract',
        entityId: saved.id,
        userId: actor.userId,
        from: null,
        to: ContractStatus.Draft,
      });
      await this.record(actor, manager, saved, AuditAction.Create, Object.keys(fields));
      return this.contracts.get(actor, saved.id, manager);
    });
  }

  /** A draft can be changed freely; an active contract only changes its responsible specialist. */
  update(actor: Actor, id: string, dto: UpdateContractDto): Promise<Contract> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(actor, id, dto.version, manager);
      const { version: _v, ...changes } = dto;
      const asked = Object.keys(changes).filter(
        (k) => (changes as Record<string, unknown>)[k] !== undefined,
      );
      if (contract.status !== ContractStatus.Draft) {
        const allowed =
          contract.status === ContractStatus.Active ? ['responsibleSpecialistId'] : [];
        const refused = asked.filter((k) => !allowed.includes(k));
        if (refused.length)
          throw new DomainError(
            409,
            'contract-not-draft',
            `Подписанный договор не редактируется (статус «${CONTRACT_STATUS_LABELS[contract.status]}»)`,
            { fields: refused },
          );
      }
      const graduate = await this.graduates.getVisible(actor, contract.graduateId, manager);
      const fields = await this.fieldsOf(actor, graduate, dto, contract, manager);
      if (dto.number && dto.number !== contract.number) {
        await this.assertNumberFree(actor, dto.number, contract.id, manager);
        fields.number = dto.number;
      }
      const changed = asked
        .filter((k) => k !== 'serviceKindIds')
        .concat(dto.serviceKindIds ? ['serviceKinds'] : []);
      Object.assign(contract, fields);
      await manager.save(contract);
      await this.record(actor, manager, contract, AuditAction.Update, changed);
      return this.contracts.get(actor, id, manager);
    });
  }

  /**
   * Signing: the graduate must be eligible on the signing day (001 §4.1), a minor needs a
   * legal representative, and the scan is attached or explicitly promised. At most one
   * active support contract; it supersedes an active preliminary one.
   */
  activate(actor: Actor, id: string, dto: ActivateContractDto): Promise<Contract> {
    if (dto.signedOn > actor.today())
      throw fieldError(
        'signedOn',
        'Дата подписания не может быть в будущем',
        'signedOn must not be in the future',
      );
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(actor, id, dto.version, manager);
      const to = this.move(contract, 'activate');
      // Serialises signings of one graduate's contracts (the unique index is the last guard).
      const graduate = await this.lockGraduate(contract.graduateId, manager);
      const eligibility = await this.graduates.eligibilityOf(graduate, dto.signedOn, manager);
      if (!eligibility.eligible)
        throw new DomainError(409, 'not-eligible', eligibility.reason, { eligibility });
      if (ageOn(graduate.birthDate, dto.signedOn) < ADULT_AGE && !contract.legalRepresentative)
        throw new DomainError(
          409,
          'legal-representative-required',
          'Выпускнику нет 18 лет: укажите законного представителя',
        );
      if (!contract.signedScanFileId && dto.scanLater !== true)
        throw new DomainError(
          409,
          'signed-scan-required',
          'Загрузите скан подписанного договора или отметьте «подписан на бумаге, скан позже»',
        );
      await this.assertNoOtherActive(contract, manager);
      contract.status = to;
      contract.concludedOn = dto.signedOn;
      contract.scanLater = !contract.signedScanFileId;
      contract.activatedAt = new Date();
      contract.exceptionOrderId = eligibility.exceptionOrderId;
      await manager.save(contract);
      await recordTransition(manager, {
        entity: 'contract',
        entityId: id,
        userId: actor.userId,
        from: ContractStatus.Draft,
        to,
        details: { signedOn: dto.signedOn, basis: eligibility.basis },
      });
      if (contract.kind === ContractKind.Support)
        await this.supersedePreliminary(actor, contract, manager);
      await WebhookEvents.emit(manager, contract.institutionId, Hook.ContractActivated, {
        contractId: id,
        graduateId: contract.graduateId,
        kind: contract.kind,
        concludedOn: dto.signedOn,
      });
      await this.record(actor, manager, contract, AuditAction.Update, ['status', 'concludedOn']);
      await this.syncGraduateStatus(actor, contract.graduateId, manager);
      return this.contracts.get(actor, id, manager);
    });
  }

  end(actor: Actor, id: string, dto: EndContractDto): Promise<Contract> {
    if (dto.reason === ContractEndReason.Other && !dto.reasonText)
      throw fieldError(
        'reasonText',
        'Опишите причину прекращения',
        'reasonText is required for other',
      );
    if (dto.endedOn > actor.today())
      throw fieldError(
        'endedOn',
        'Дата прекращения не может быть в будущем',
        'endedOn must not be in the future',
      );
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(actor, id, dto.version, manager);
      const to = this.move(contract, 'end');
      if (contract.concludedOn && dto.endedOn < contract.concludedOn)
        throw fieldError(
          'endedOn',
          'Договор не может быть прекращён раньше подписания',
          'endedOn must not precede concludedOn',
        );
      Object.assign(contract, {
        status: to,
        endedOn: dto.endedOn,
        endReason: dto.reason,
        endReasonText: dto.reasonText ?? '',
      });
      await manager.save(contract);
      await recordTransition(manager, {
        entity: 'contract',
        entityId: id,
        userId: actor.userId,
        from: ContractStatus.Active,
        to,
        reason: dto.reasonText ?? '',
        details: { endedOn: dto.endedOn, reason: dto.reason },
      });
      await WebhookEvents.emit(manager, contract.institutionId, Hook.ContractEnded, {
        contractId: id,
        graduateId: contract.graduateId,
        endedOn: dto.endedOn,
        reason: dto.reason,
      });
      await this.record(actor, manager, contract, AuditAction.Update, [
        'status',
        'endedOn',
        'endReason',
      ]);
      await this.syncGraduateStatus(actor, contract.graduateId, manager);
      return this.contracts.get(actor, id, manager);
    });
  }

  discard(actor: Actor, id: string, dto: DiscardContractDto): Promise<Contract> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(actor, id, dto.version, manager);
      contract.status = this.move(contract, 'discard');
      await manager.save(contract);
      await recordTransition(manager, {
        entity: 'contract',
        entityId: id,
        userId: actor.userId,
        from: ContractStatus.Draft,
        to: contract.status,
        reason: dto.reason ?? '',
      });
      await this.record(actor, manager, contract, AuditAction.Archive, ['status']);
      return this.contracts.get(actor, id, manager);
    });
  }

  /** Stores the signed scan in the personal file and links it; a contract waiting for it stops waiting. */
  uploadScan(
    actor: Actor,
    id: string,
    version: number,
    file: Upload | undefined,
  ): Promise<Contract> {
    if (!file) throw fieldError('file', 'Выберите файл', 'file is required');
    if (!SCAN_TYPES.includes(file.mimetype))
      throw fieldError('file', 'Допустимы PDF, JPEG или PNG', 'unsupported file type');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lock(actor, id, version, manager);
      if (contract.status === ContractStatus.Discarded)
        throw new DomainError(409, 'invalid-transition', 'Договор отменён');
      const saved = await this.files.upload(
        actor,
        contract.graduateId,
        GraduateFileKind.ContractScan,
        `Договор № ${contract.number}`,
        file,
        manager,
      );
      contract.signedScanFileId = saved.id;
      contract.scanLater = false;
      await manager.save(contract);
      await this.record(actor, manager, contract, AuditAction.Update, ['signedScanFileId']);
      return this.contracts.get(actor, id, manager);
    });
  }

  private move(contract: Contract, action: ContractAction): ContractStatus {
    return transition(CONTRACT_LIFECYCLE, action, contract.status, CONTRACT_STATUS_LABELS);
  }

  private async lock(
    actor: Actor,
    id: string,
    version: number,
    manager: EntityManager,
  ): Promise<Contract> {
    await this.contracts.get(actor, id, manager);
    const contract = await manager.findOneOrFail(Contract, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (contract.version !== version) throw staleVersion();
    return contract;
  }

  private lockGraduate(id: string, manager: EntityManager): Promise<Graduate> {
    return manager.findOneOrFail(Graduate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async assertNoOtherActive(contract: Contract, manager: EntityManager): Promise<void> {
    const active = await manager.findOne(Contract, {
      where: {
        graduateId: contract.graduateId,
        status: ContractStatus.Active,
        kind: ContractKind.Support,
        id: Not(contract.id),
      },
    });
    if (active)
      throw new DomainError(
        409,
        'active-contract-exists',
        `У выпускника уже действует договор № ${active.number}`,
        { activeContractId: active.id, activeContractNumber: active.number },
      );
  }

  private async supersedePreliminary(actor: Actor, contract: Contract, manager: EntityManager) {
    const preliminary = await manager.find(Contract, {
      where: {
        graduateId: contract.graduateId,
        kind: ContractKind.Preliminary,
        status: ContractStatus.Active,
      },
    });
    for (const p of preliminary) {
      Object.assign(p, {
        status: ContractStatus.Ended,
        endedOn: contract.concludedOn,
        endReason: ContractEndReason.Superseded,
        endReasonText: `Договор № ${contract.number}`,
      });
      await manager.save(p);
      await recordTransition(manager, {
        entity: 'contract',
        entityId: p.id,
        userId: actor.userId,
        from: ContractStatus.Active,
        to: ContractStatus.Ended,
        reason: `Заключён договор о сопровождении № ${contract.number}`,
        details: { reason: ContractEndReason.Superseded, by: contract.id },
      });
      await WebhookEvents.emit(manager, p.institutionId, Hook.ContractEnded, {
        contractId: p.id,
        graduateId: p.graduateId,
        endedOn: p.endedOn,
        reason: ContractEndReason.Superseded,
      });
    }
  }

  private async syncGraduateStatus(actor: Actor, graduateId: string, manager: EntityManager) {
    const all = await manager.find(Contract, { where: { graduateId } });
    await this.graduates.setDerivedStatus(
      manager,
      graduateId,
      statusFromContracts(all),
      actor.today(),
    );
  }

  /** The stored columns a create or edit sets, with the defaults and checks of the term. */
  private async fieldsOf(
    actor: Actor,
    graduate: Graduate,
    dto: ContractFieldsDto,
    current: Contract | null,
    manager: EntityManager,
  ): Promise<Partial<Contract>> {
    const fields: Partial<Contract> = {};
    if (dto.applicationDate !== undefined) fields.applicationDate = dto.applicationDate;
    if (dto.legalRepresentative !== undefined) fields.legalRepresentative = dto.legalRepresentative;
    if (dto.conditions !== undefined) fields.conditions = dto.conditions;
    if (dto.responsibleSpecialistId !== undefined) {
      if (dto.responsibleSpecialistId)
        await this.users.assertAssignable(
          actor,
          dto.responsibleSpecialistId,
          'responsibleSpecialistId',
        );
      fields.responsibleSpecialistId = dto.responsibleSpecialistId;
    } else if (!current) {
      fields.responsibleSpecialistId = graduate.responsibleSpecialistId;
    }
    if (dto.serviceKindIds !== undefined) {
      fields.serviceKinds = await this.dictionaries.usable(
        DictionaryKind.ServiceKind,
        dto.serviceKindIds,
        'serviceKindIds',
        (current?.serviceKinds ?? []).map((k) => k.id),
        manager,
      );
    }
    const startsOn = dto.startsOn ?? current?.startsOn ?? actor.today();
    let endsOn = dto.endsOn ?? current?.endsOn;
    if (!endsOn) {
      const eligibility = await this.graduates.eligibilityOf(graduate, startsOn, manager);
      endsOn = defaultEndsOn(graduate, eligibility) ?? undefined;
      if (!endsOn)
        throw fieldError(
          'endsOn',
          'Укажите дату окончания договора',
          'endsOn is required: no end of study or order is recorded',
        );
    }
    assertTerm(startsOn, endsOn);
    fields.startsOn = startsOn;
    fields.endsOn = endsOn;
    return fields;
  }

  /** The next `<prefix>-<year>/<seq>` of the caller's institution; the counter row serialises callers. */
  private async nextNumber(actor: Actor, manager: EntityManager): Promise<string> {
    const institution = await this.institutions.own(actor, manager);
    const year = Number(actor.today().slice(0, 4));
    const [{ last_seq: seq }] = await manager.query(
      `INSERT INTO contract_numbers (institution_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (institution_id, year) DO UPDATE SET last_seq = contract_numbers.last_seq + 1
       RETURNING last_seq`,
      [institution.id, year],
    );
    return `${institution.contractPrefix}-${year}/${seq}`;
  }

  private async assertNumberFree(
    actor: Actor,
    number: string,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const existing = await manager.findOne(Contract, {
      where: { institutionId: actor.institutionId!, number },
    });
    if (existing && existing.id !== exceptId)
      throw new DomainError(409, 'duplicate-number', `Номер ${number} уже занят другим договором`, {
        errors: { number: ['the number is taken'] },
      });
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    contract: Contract,
    action: AuditAction,
    changedFields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'contract',
        entityId: contract.id,
        changedFields,
        details: { graduateId: contract.graduateId },
      },
      manager,
    );
  }
}
