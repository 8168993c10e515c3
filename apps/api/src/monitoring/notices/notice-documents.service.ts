import { Injectable } from '@nestjs/common';
import { LEGAL_STATUS_LABELS } from '@postcare/domain';
import { fullNameOf } from '../../appeals/dto/refs.response';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import {
  DocumentFormat,
  documentFileName,
  RenderedDocument,
  requisitesOf,
  shortNameOf,
} from '../../contracts/contract-documents.service';
import { DocumentsService } from '../../documents/documents.service';
import { DOCX_MIME, PDF_MIME } from '../../documents/mime';
import { InstitutionsService } from '../../institutions/institutions.service';
import { UsersService } from '../../users/users.service';
import { NoticesService } from './notices.service';

/** The letter to the guardianship body, printed from the institution's requisites. */
@Injectable()
export class NoticeDocumentsService {
  constructor(
    private readonly notices: NoticesService,
    private readonly institutions: InstitutionsService,
    private readonly users: UsersService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, id: string, format: DocumentFormat): Promise<RenderedDocument> {
    const notice = await this.notices.get(actor, id);
    const graduate = notice.graduate!;
    const institution = await this.institutions.own(actor);
    const author = notice.createdBy
      ? await this.users.get(actor, notice.createdBy).catch(() => null)
      : null;
    const data = {
      institution: requisitesOf(institution),
      recipient: notice.recipient,
      outgoingNumber: notice.outgoingNumber || null,
      sentOn: notice.sentOn,
      trigger: notice.trigger,
      graduate: {
        fullName: fullNameOf(graduate),
        birthDate: graduate.birthDate,
        legalStatus: LEGAL_STATUS_LABELS[graduate.legalStatus].ru,
        registrationAddress: graduate.registrationAddress,
        actualAddress: graduate.actualAddress,
      },
      foundOn: notice.foundOn,
      finding: notice.finding,
      measures: notice.measures,
      specialist: author
        ? { fullName: author.fullName, position: author.position, phone: '' }
        : null,
    };
    const content =
      format === 'pdf'
        ? await this.documents.noticePdf(data)
        : await this.documents.noticeDocx(data);
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'notice',
      entityId: id,
      details: { graduateId: notice.graduateId, format },
    });
    return {
      content,
      mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
      fileName: documentFileName(`Уведомление в орган опеки ${shortNameOf(graduate)}`, format),
    };
  }
}
