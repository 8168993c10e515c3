import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError, notFound, staleVersion } from '../common/problem/domain-error';
import { surnameWithInitials } from '../documents/russian-format';
import { consentStates } from '../graduates/consents/consent-state';
import { Consent } from '../graduates/consents/consent.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { Institution } from '../institutions/institution.entity';
import { addWorkingDays, dateNotInFuture } from '../monitoring/monitoring-rules';
import { consentFormPdf } from './consent-form-pdf';
import { subjectExportPdf } from './export-pdf';
import { AnswerSubjectRequestDto, CreateSubjectRequestDto } from './privacy.dto';
import { collectSubjectExport, SubjectExport } from './subject-export';
import { ANSWER_WORKING_DAYS, SubjectRequest } from './subject-request.entity';

/** Requests of data subjects (152-FZ Art. 14, 21), the export they are answered with, the consent form. */
@Injectable()
export class SubjectRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, graduateId: string): Promise<SubjectRequest[]> {
    await this.graduates.getVisible(actor, graduateId);
    return this.dataSource.manager.find(SubjectRequest, {
      where: { graduateId },
      order: { receivedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The due day counts working days (Monday to Friday) from the day of receipt. */
  async create(
    actor: Actor,
    graduateId: string,
    dto: CreateSubjectRequestDto,
  ): Promise<SubjectRequest> {
    dateNotInFuture(actor, 'receivedOn', dto.receivedOn);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      const saved = await manager.save(
        manager.create(SubjectRequest, {
          institutionId: graduate.institutionId,
          graduateId,
          kind: dto.kind,
          receivedOn: dto.receivedOn,
          channel: dto.channel,
          requester: dto.requester ?? '',
          notes: dto.notes ?? '',
          dueOn: addWorkingDays(dto.receivedOn, ANSWER_WORKING_DAYS[dto.kind]),
          answeredOn: null,
          answer: '',
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.SubjectRequest,
          entity: 'subject_request',
          entityId: saved.id,
          details: { graduateId, kind: dto.kind },
        },
        manager,
      );
      return saved;
    });
  }

  async answer(
    actor: Actor,
    graduateId: string,
    requestId: string,
    dto: AnswerSubjectRequestDto,
  ): Promise<SubjectRequest> {
    dateNotInFuture(actor, 'answeredOn', dto.answeredOn);
    return this.dataSource.transaction(async (manager) => {
      await this.graduates.getVisible(actor, graduateId, manager);
      const request = await manager.findOne(SubjectRequest, {
        where: { id: requestId, graduateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('Запрос не найден');
      if (request.version !== dto.version) throw staleVersion();
      if (request.answeredOn)
        throw new DomainError(409, 'already-answered', 'На запрос уже дан ответ');
      if (dto.answeredOn < request.receivedOn)
        throw new DomainError(400, 'validation', 'Дата ответа раньше даты получения запроса', {
          errors: { answeredOn: ['must not precede receivedOn'] },
        });
      request.answeredOn = dto.answeredOn;
      request.answer = dto.answer ?? '';
      const saved = await manager.save(request);
      await this.audit.record(
        actor,
        {
          action: AuditAction.SubjectRequestAnswered,
          entity: 'subject_request',
          entityId: requestId,
          changedFields: ['answeredOn', 'answer'],
          details: { graduateId, kind: request.kind },
        },
        manager,
      );
      return saved;
    });
  }

  /** Everything held about the graduate; the download is logged. */
  async export(actor: Actor, graduateId: string, format: 'json' | 'pdf'): Promise<SubjectExport> {
    const manager = this.dataSource.manager;
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const institution = await manager.findOneByOrFail(Institution, {
      id: graduate.institutionId,
    });
    const consent = (await consentStates(manager, [graduateId], actor.today())).get(graduateId);
    const data = await collectSubjectExport(
      manager,
      graduate,
      consent === 'withdrawn',
      { name: institution.fullName || institution.name, address: institution.address },
      actor.today(),
    );
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'graduate',
      entityId: graduateId,
      details: { export: 'subject-data', format },
    });
    return data;
  }

  async exportPdf(actor: Actor, graduateId: string): Promise<Buffer> {
    return subjectExportPdf(await this.export(actor, graduateId, 'pdf'));
  }

  /** The printable consent with its scope, for signing; a document of its own. */
  async consentForm(
    actor: Actor,
    graduateId: string,
    consentId: string,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const manager = this.dataSource.manager;
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const consent = await manager.findOneBy(Consent, { id: consentId, graduateId });
    if (!consent) throw notFound('Согласие не найдено');
    const institution = await manager.findOneByOrFail(Institution, {
      id: graduate.institutionId,
    });
    const fullName = [graduate.lastName, graduate.firstName, graduate.patronymic]
      .filter(Boolean)
      .join(' ');
    const pdf = await consentFormPdf({
      institution: {
        fullName: institution.fullName || institution.name,
        address: institution.address,
      },
      subject: {
        fullName,
        birthDate: graduate.birthDate,
        registrationAddress: graduate.registrationAddress,
      },
      signedOn: consent.signedOn,
      allowsProcessing: consent.allowsProcessing,
      allowsPhoto: consent.allowsPhoto,
      partnerKinds: consent.sharingPartnerKinds,
      validUntil: consent.validUntil,
    });
    await this.audit.record(actor, {
      action: AuditAction.Download,
      entity: 'consent',
      entityId: consentId,
      details: { graduateId, document: 'consent-form' },
    });
    return { pdf, fileName: `Согласие ${surnameWithInitials(fullName)}.pdf` };
  }
}
