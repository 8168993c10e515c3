import { Injectable } from '@nestjs/common';
import { contractDocx } from './contract-docx';
import { contractPdf } from './contract-pdf';
import { checkContractTemplate, fillContractTemplate } from './contract-template';
import type {
  ContractDocument,
  NoticeDocument,
  PlanDocument,
  WorkPlanDocument,
} from './document-data';
import { noticeDocx } from './notice-docx';
import { noticePdf } from './notice-pdf';
import { planDocx } from './plan-docx';
import { planPdf } from './plan-pdf';
import { workPlanDocx } from './work-plan-docx';
import { workPlanPdf } from './work-plan-pdf';

/**
 * Printable documents of a support case: the contract and its annex, the support plan,
 * the letter informing the guardianship body; and the service's own work plans.
 */
@Injectable()
export class DocumentsService {
  /** With an institution's template, that template filled in; otherwise the built-in layout. */
  async contractDocx(data: ContractDocument, template?: Buffer | null): Promise<Buffer> {
    return template ? fillContractTemplate(template, data) : contractDocx(data);
  }

  async contractPdf(data: ContractDocument): Promise<Buffer> {
    return contractPdf(data);
  }

  async planDocx(data: PlanDocument): Promise<Buffer> {
    return planDocx(data);
  }

  async planPdf(data: PlanDocument): Promise<Buffer> {
    return planPdf(data);
  }

  /** The letter informing the guardianship body (000 §7.1.4, 001 §6.2). */
  async noticeDocx(data: NoticeDocument): Promise<Buffer> {
    return noticeDocx(data);
  }

  async noticePdf(data: NoticeDocument): Promise<Buffer> {
    return noticePdf(data);
  }

  /** The service's annual or monthly work plan (000 §8.2, 001 §8.1). */
  async workPlanDocx(data: WorkPlanDocument): Promise<Buffer> {
    return workPlanDocx(data);
  }

  async workPlanPdf(data: WorkPlanDocument): Promise<Buffer> {
    return workPlanPdf(data);
  }

  /** Throws DomainError 400 `invalid-template` for a file that cannot serve as a template. */
  checkContractTemplate(template: Buffer): { fields: string[] } {
    return checkContractTemplate(template);
  }
}
