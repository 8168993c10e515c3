import { Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { dayOf } from '../common/local-day';
import {
  DocumentFormat,
  documentFileName,
  RenderedDocument,
  requisitesOf,
} from '../contracts/contract-documents.service';
import { WorkPlanDocument } from '../documents/document-data';
import { DocumentsService } from '../documents/documents.service';
import { DOCX_MIME, PDF_MIME, XLSX_MIME } from '../documents/mime';
import { InstitutionsService } from '../institutions/institutions.service';
import { markOf, responsibleOf } from './work-plan-marks';
import { dueLabel, periodOf, titleOf } from './work-plan-rules';
import { buildWorkPlanWorkbook } from './work-plan-workbook';
import { WorkPlansService } from './work-plans.service';

export { XLSX_MIME } from '../documents/mime';

/** The head of the service approves the work plans. */
const APPROVER = 'Руководитель службы постинтернатного сопровождения';

/** The work plan to print (DOCX, PDF) or to work on in a spreadsheet (XLSX). */
@Injectable()
export class WorkPlanDocumentsService {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly institutions: InstitutionsService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, id: string, format: DocumentFormat): Promise<RenderedDocument> {
    const view = await this.plans.full(actor, id);
    const { plan, approvedBy } = view;
    const data: WorkPlanDocument = {
      institution: requisitesOf(await this.institutions.own(actor)),
      period: periodOf(plan),
      approvedOn: plan.approvedAt ? dayOf(plan.approvedAt, actor.timeZone) : null,
      approvedBy: approvedBy?.fullName ?? null,
      approverPosition: approvedBy?.position || APPROVER,
      sections: view.sections.map(({ section, items }) => ({
        title: section.title,
        items: items.map((item) => ({
          title: item.title,
          due: dueLabel(plan, item),
          responsible: responsibleOf(item),
          expectedResult: item.expectedResult,
          mark: markOf(item, plan, actor.timeZone),
        })),
      })),
    };
    const content =
      format === 'pdf'
        ? await this.documents.workPlanPdf(data)
        : await this.documents.workPlanDocx(data);
    await this.recordExport(actor, id, format);
    return {
      content,
      mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
      fileName: documentFileName(titleOf(plan), format),
    };
  }

  async workbook(actor: Actor, id: string): Promise<RenderedDocument> {
    const view = await this.plans.full(actor, id);
    const content = await buildWorkPlanWorkbook(
      view,
      requisitesOf(await this.institutions.own(actor)),
      actor.timeZone,
    );
    await this.recordExport(actor, id, 'xlsx');
    return { content, mimeType: XLSX_MIME, fileName: `${titleOf(view.plan)}.xlsx` };
  }

  private recordExport(actor: Actor, id: string, format: string) {
    return this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'work_plan',
      entityId: id,
      details: { format },
    });
  }
}
