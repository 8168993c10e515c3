import { Injectable } from '@nestjs/common';
import { fullNameOf } from '../appeals/dto/refs.response';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { LIFE_DOMAIN_LABELS } from '../common/life-domains';
import { formatDay } from '../common/russian-dates';
import {
  DocumentFormat,
  documentFileName,
  RenderedDocument,
  requisitesOf,
  shortNameOf,
} from '../contracts/contract-documents.service';
import { PlanDocument } from '../documents/document-data';
import { DocumentsService } from '../documents/documents.service';
import { DOCX_MIME, PDF_MIME } from '../documents/mime';
import { InstitutionsService } from '../institutions/institutions.service';
import { ACTIVITY_STATUS_LABELS, ActivityStatus, PlanActivity } from './plan-activity.entity';
import { PlansService } from './plans.service';

/** The plan annex to print, from the institution's requisites and the current plan. */
@Injectable()
export class PlanDocumentsService {
  constructor(
    private readonly plans: PlansService,
    private readonly institutions: InstitutionsService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, id: string, format: DocumentFormat): Promise<RenderedDocument> {
    const { plan, activities, approvedBy } = await this.plans.full(actor, id);
    const institution = await this.institutions.own(actor);
    const contract = plan.contract!;
    const graduate = contract.graduate!;
    const data: PlanDocument = {
      institution: requisitesOf(institution),
      contractNumber: contract.number,
      contractConcludedOn: contract.concludedOn,
      graduate: { fullName: fullNameOf(graduate), birthDate: graduate.birthDate },
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      revision: plan.approvedRevision,
      approvedOn: plan.approvedAt ? plan.approvedAt.toISOString().slice(0, 10) : null,
      approvedBy: approvedBy?.fullName ?? null,
      approverPosition: approvedBy
        ? approvedBy.position || 'Руководитель службы постинтернатного сопровождения'
        : undefined,
      goals: plan.goals.map((g) => ({ domain: LIFE_DOMAIN_LABELS[g.domain], goal: g.goal })),
      activities: activities.map((a) => ({
        domain: LIFE_DOMAIN_LABELS[a.domain],
        title: a.title,
        description: a.description,
        dueOn: a.dueOn,
        responsible: [
          a.responsibleUser?.fullName,
          a.responsibleCurator && `куратор ${fullNameOf(a.responsibleCurator)}`,
          a.responsiblePartner?.name,
        ]
          .filter(Boolean)
          .join(', '),
        status: ACTIVITY_STATUS_LABELS[a.status],
        outcome: outcomeOf(a),
      })),
    };
    const content =
      format === 'pdf' ? await this.documents.planPdf(data) : await this.documents.planDocx(data);
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'plan',
      entityId: id,
      details: { graduateId: plan.graduateId, format },
    });
    return {
      content,
      mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
      fileName: documentFileName(
        `План сопровождения ${shortNameOf(graduate)} к договору ${contract.number}`,
        format,
      ),
    };
  }
}

function outcomeOf(a: PlanActivity): string {
  switch (a.status) {
    case ActivityStatus.Done:
      return `${formatDay(a.doneOn!)}: ${a.result}`;
    case ActivityStatus.Cancelled:
      return a.cancelReason;
    case ActivityStatus.Moved: {
      const last = a.moves[a.moves.length - 1];
      return last ? `Перенесено с ${formatDay(last.from)}: ${last.reason}` : '';
    }
    default:
      return '';
  }
}
