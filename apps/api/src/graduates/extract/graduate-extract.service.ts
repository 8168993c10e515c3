import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  GRADUATE_STATUS_LABELS,
  IDENTITY_DOCUMENT_KIND_LABELS,
  LEGAL_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  RELATIVE_KIND_LABELS,
  russianWords,
  SEX_LABELS,
} from '@postcare/domain';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { fullNameOf } from '../../common/person-name';
import {
  documentFileName,
  requisitesOf,
  shortNameOf,
} from '../../contracts/contract-documents.service';
import { Contract, CONTRACT_STATUS_LABELS, ContractStatus } from '../../contracts/contract.entity';
import type { RenderedDocument } from '../../documents/document-file';
import { PDF_MIME } from '../../documents/mime';
import { Institution } from '../../institutions/institution.entity';
import { PlanStatus, SupportPlan } from '../../plans/plan.entity';
import { User } from '../../users/user.entity';
import { isCurrent } from '../consents/consent-state';
import { Consent } from '../consents/consent.entity';
import { GraduatesService } from '../graduates.service';
import { IdentityDocument } from '../identity-documents/identity-document.entity';
import { Relative } from '../relatives/relative.entity';
import { dash, day, type ExtractSection, type GraduateExtract } from './extract-text';
import { graduateExtractPdf } from './extract-pdf';

const PLAN_STATUS: Record<PlanStatus, string> = russianWords(PLAN_STATUS_LABELS);

/** The printable extract of a personal file (PDF): what the service holds about the person today. */
@Injectable()
export class GraduateExtractService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, graduateId: string): Promise<RenderedDocument> {
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const m = this.dataSource.manager;
    const live = { graduateId, archivedAt: IsNull() };
    const [institution, author, relatives, documents, consents, contracts, plans] =
      await Promise.all([
        m.findOneByOrFail(Institution, { id: graduate.institutionId }),
        m.findOneBy(User, { id: actor.userId }),
        m.find(Relative, { where: live, order: { createdAt: 'ASC' } }),
        m.find(IdentityDocument, { where: live, order: { createdAt: 'ASC' } }),
        m.find(Consent, { where: { graduateId }, order: { signedOn: 'DESC' } }),
        m.find(Contract, {
          where: { graduateId, status: Not(ContractStatus.Discarded) },
          order: { startsOn: 'DESC' },
          take: 5,
        }),
        m.find(SupportPlan, { where: { graduateId }, order: { periodFrom: 'DESC' }, take: 1 }),
      ]);
    const today = actor.today();
    const contacts = graduate.contacts ?? {};

    const sections: ExtractSection[] = [
      {
        heading: 'Личные данные',
        lines: [
          ['ФИО', fullNameOf(graduate)],
          ['Пол', SEX_LABELS[graduate.sex].ru],
          ['Дата рождения', day(graduate.birthDate)],
          ['Правовой статус', LEGAL_STATUS_LABELS[graduate.legalStatus].ru],
          [
            'Учреждение выпуска',
            dash(graduate.originInstitution?.name ?? graduate.originInstitutionName),
          ],
          ['Дата выпуска', day(graduate.leftCareOn)],
        ],
      },
      {
        heading: 'Контакты и адреса',
        lines: [
          ['Телефоны', dash((contacts.phones ?? []).join(', '))],
          ['Эл. почта', dash(contacts.email)],
          ['Адрес регистрации', dash(graduate.registrationAddress)],
          ['Адрес проживания', dash(graduate.actualAddress)],
        ],
      },
      {
        heading: 'Сопровождение',
        lines: [
          ['Статус', GRADUATE_STATUS_LABELS[graduate.status].ru],
          ['Ответственный специалист', dash(graduate.responsibleSpecialist?.fullName)],
          ...contracts.map((c): [string, string] => [
            `Договор № ${c.number}`,
            `${CONTRACT_STATUS_LABELS[c.status]}, ${day(c.startsOn)} — ${day(c.endedOn ?? c.endsOn)}`,
          ]),
          ...plans.map((p): [string, string] => [
            'Индивидуальный план',
            `${PLAN_STATUS[p.status]}, ${day(p.periodFrom)} — ${day(p.periodTo)}` +
              (p.nextReviewOn ? `, пересмотр до ${day(p.nextReviewOn)}` : ''),
          ]),
        ],
      },
      {
        heading: 'Родственники и значимые взрослые',
        table: {
          columns: ['Кем приходится', 'ФИО', 'Контакты', 'Согласен на контакт'],
          rows: relatives.map((r) => [
            RELATIVE_KIND_LABELS[r.kind].ru,
            r.fullName,
            dash([...r.phones, r.email, r.address].filter(Boolean).join(', ')),
            r.contactWanted ? 'да' : `нет${r.note ? ` (${r.note})` : ''}`,
          ]),
        },
        empty: 'Не записаны',
      },
      {
        heading: 'Документы',
        table: {
          columns: ['Документ', 'Серия и номер', 'Кем выдан', 'Дата выдачи'],
          rows: documents.map((d) => [
            d.kind === 'other' ? dash(d.title) : IDENTITY_DOCUMENT_KIND_LABELS[d.kind].ru,
            [d.series, d.number].filter(Boolean).join(' '),
            dash(d.issuedBy),
            day(d.issuedOn),
          ]),
        },
        empty: 'Не записаны',
      },
      {
        heading: 'Согласия на обработку персональных данных',
        table: {
          columns: ['Подписано', 'Обработка', 'Действует', 'Отозвано'],
          rows: consents.map((c) => [
            day(c.signedOn),
            c.allowsProcessing ? 'разрешена' : 'не разрешена',
            isCurrent(c, today) ? 'да' : 'нет',
            day(c.withdrawnOn),
          ]),
        },
        empty: 'Письменного согласия нет: хранится только минимум для регистрации обращения',
      },
    ];

    const extract: GraduateExtract = {
      institution: requisitesOf(institution),
      madeOn: today,
      madeBy: author?.fullName ?? '',
      fullName: fullNameOf(graduate),
      sections,
    };
    const content = await graduateExtractPdf(extract);
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'graduate',
      entityId: graduateId,
      details: { graduateId, document: 'extract' },
    });
    return {
      content,
      mimeType: PDF_MIME,
      fileName: documentFileName(`Выписка из личного дела ${shortNameOf(graduate)}`, 'pdf'),
    };
  }
}
