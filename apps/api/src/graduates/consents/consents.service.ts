import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, notFound, staleVersion } from '../../common/problem/domain-error';
import { GraduateFile, GraduateFileKind } from '../files/graduate-file.entity';
import { Graduate } from '../graduate.entity';
import { GraduatesService } from '../graduates.service';
import { CreateConsentDto, UpdateConsentDto } from './consent.dto';
import { Consent } from './consent.entity';
import { isCurrent } from './consent-state';
import { reduceToMinimum } from './reduce-file';

@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, graduateId: string): Promise<Consent[]> {
    await this.graduates.getVisible(actor, graduateId);
    return this.dataSource.manager.find(Consent, {
      where: { graduateId },
      order: { signedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  async create(actor: Actor, graduateId: string, dto: CreateConsentDto): Promise<Consent> {
    if (dto.signedOn > actor.today()) {
      throw new DomainError(400, 'validation', 'Дата подписания не может быть в будущем', {
        errors: { signedOn: ['must not be in the future'] },
      });
    }
    if (dto.validUntil && dto.validUntil < dto.signedOn) {
      throw new DomainError(400, 'validation', 'Срок действия кончается раньше даты подписания', {
        errors: { validUntil: ['must not precede signedOn'] },
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      if (dto.scanFileId) await this.assertScan(manager, graduateId, dto.scanFileId);
      const saved = await manager.save(
        manager.create(Consent, {
          institutionId: graduate.institutionId,
          graduateId,
          signedOn: dto.signedOn,
          allowsProcessing: dto.allowsProcessing,
          sharingPartnerKinds: dto.sharingPartnerKinds ?? [],
          allowsPhoto: dto.allowsPhoto ?? false,
          validUntil: dto.validUntil ?? null,
          scanFileId: dto.scanFileId ?? null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'consent',
          entityId: saved.id,
          details: { graduateId },
        },
        manager,
      );
      return saved;
    });
  }

  /**
   * Attaching the scan or recording a withdrawal. When the last processing consent is
   * withdrawn, the file is reduced to the minimum and its photos and documents archived.
   * A withdrawal dated ahead changes nothing until that day; from then on the card shows
   * the reduced file (see `toDetail`).
   */
  async update(
    actor: Actor,
    graduateId: string,
    consentId: string,
    dto: UpdateConsentDto,
  ): Promise<Consent> {
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      const consent = await manager.findOne(Consent, {
        where: { id: consentId, graduateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!consent) throw notFound('Согласие не найдено');
      if (consent.version !== dto.version) throw staleVersion();
      if (dto.withdrawnOn !== undefined) {
        if (consent.withdrawnOn)
          throw new DomainError(409, 'already-withdrawn', 'Согласие уже отозвано');
        if (dto.withdrawnOn < consent.signedOn) {
          throw new DomainError(400, 'validation', 'Дата отзыва раньше даты подписания', {
            errors: { withdrawnOn: ['must not precede signedOn'] },
          });
        }
        consent.withdrawnOn = dto.withdrawnOn;
      }
      if (dto.scanFileId) {
        await this.assertScan(manager, graduateId, dto.scanFileId);
        consent.scanFileId = dto.scanFileId;
      }
      const saved = await manager.save(consent);
      const changed = Object.keys(dto).filter((k) => k !== 'version');
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'consent',
          entityId: consentId,
          changedFields: changed,
          details: { graduateId },
        },
        manager,
      );
      if (dto.withdrawnOn !== undefined) await this.reduceIfNoConsentLeft(actor, graduate, manager);
      return saved;
    });
  }

  private async reduceIfNoConsentLeft(
    actor: Actor,
    graduate: Graduate,
    manager: EntityManager,
  ): Promise<void> {
    const consents = await manager.find(Consent, { where: { graduateId: graduate.id } });
    if (consents.some((c) => isCurrent(c, actor.today()))) return;
    const emptied = await reduceToMinimum(manager, graduate);
    await this.audit.record(
      actor,
      {
        action: AuditAction.Update,
        entity: 'graduate',
        entityId: graduate.id,
        changedFields: emptied,
        details: { reason: 'consent-withdrawn' },
      },
      manager,
    );
  }

  private async assertScan(
    manager: EntityManager,
    graduateId: string,
    fileId: string,
  ): Promise<void> {
    const scan = await manager.findOne(GraduateFile, {
      where: { id: fileId, graduateId, kind: GraduateFileKind.ConsentScan },
    });
    if (!scan) {
      throw new DomainError(
        400,
        'validation',
        'Скан согласия не найден среди файлов этого личного дела',
        { errors: { scanFileId: ['no such consent scan'] } },
      );
    }
  }
}
