import { Injectable } from '@nestjs/common';
import { contractDocx } from './contract-docx';
import { contractPdf } from './contract-pdf';
import { checkContractTemplate, fillContractTemplate } from './contract-template';
import type { ContractDocument, PlanDocument } from './document-data';
import { planDocx } from './plan-docx';
import { planPdf } from './plan-pdf';

/** Printable documents of a support case: the contract and its annex, the support plan. */
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

  /** Throws DomainError 400 `invalid-template` for a file that cannot serve as a template. */
  checkContractTemplate(template: Buffer): { fields: string[] } {
    return checkContractTemplate(template);
  }
}
