import { Injectable } from '@nestjs/common';
import { fullNameOf } from '../appeals/dto/refs.response';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { inDisplayOrder } from '../dictionaries/dto/dictionary.response';
import { ContractDocument, InstitutionRequisites } from '../documents/document-data';
import { DocumentsService } from '../documents/documents.service';
import { DOCX_MIME, PDF_MIME } from '../documents/mime';
import { Institution } from '../institutions/institution.entity';
import { InstitutionsService } from '../institutions/institutions.service';
import { DocumentTemplateKind } from '../institutions/templates/document-template.entity';
import { DocumentTemplatesService } from '../institutions/templates/document-templates.service';
import { Contract } from './contract.entity';
import { ContractsService } from './contracts.service';

import type { RenderedDocument } from '../documents/document-file';

export type { RenderedDocument };

export type DocumentFormat = 'docx' | 'pdf';

export const requisitesOf = (i: Institution): InstitutionRequisites => ({
  fullName: i.fullName || i.name,
  shortName: i.shortName || i.name,
  address: i.address,
  directorName: i.directorName,
  directorPosition: i.directorPosition,
  phone: i.phone,
  email: i.email,
});

/** "Иванов И. П.": how a person is named in a document's file name. */
export const shortNameOf = (g: { lastName: string; firstName: string; patronymic: string }) =>
  `${g.lastName} ${g.firstName[0]}.${g.patronymic ? ` ${g.patronymic[0]}.` : ''}`;

/**
 * A file name for a document: the slash of a contract number (ДС-2026/7) becomes a dash,
 * and a name ending in an initial's dot gets no second dot before the extension.
 */
export const documentFileName = (title: string, format: DocumentFormat) =>
  `${title.replace(/[/\\]/g, '-').replace(/\.+$/, '')}.${format}`;

/** The printable contract, from the institution's requisites (and its own template, if any). */
@Injectable()
export class ContractDocumentsService {
  constructor(
    private readonly contracts: ContractsService,
    private readonly institutions: InstitutionsService,
    private readonly templates: DocumentTemplatesService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, id: string, format: DocumentFormat): Promise<RenderedDocument> {
    const contract = await this.contracts.get(actor, id);
    const institution = await this.institutions.own(actor);
    const data = contractDocumentOf(contract, institution);
    const content =
      format === 'pdf'
        ? await this.documents.contractPdf(data)
        : await this.documents.contractDocx(
            data,
            await this.templates.contentOf(contract.institutionId, DocumentTemplateKind.Contract),
          );
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'contract',
      entityId: id,
      details: { graduateId: contract.graduateId, format },
    });
    return {
      content,
      mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
      fileName: documentFileName(
        `Договор ${contract.number} ${shortNameOf(contract.graduate!)}`,
        format,
      ),
    };
  }
}

export function contractDocumentOf(c: Contract, institution: Institution): ContractDocument {
  const g = c.graduate!;
  return {
    institution: requisitesOf(institution),
    kind: c.kind,
    number: c.number,
    concludedOn: c.concludedOn,
    applicationDate: c.applicationDate,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    graduate: {
      fullName: fullNameOf(g),
      birthDate: g.birthDate,
      registrationAddress: g.registrationAddress,
      actualAddress: g.actualAddress,
      phone: g.contacts?.phones?.[0] ?? '',
    },
    legalRepresentative: c.legalRepresentative || null,
    responsibleSpecialist: c.responsibleSpecialist
      ? { fullName: c.responsibleSpecialist.fullName, position: c.responsibleSpecialist.position }
      : null,
    serviceKinds: inDisplayOrder(c.serviceKinds ?? []).map((k) => k.name),
    conditions: c.conditions,
  };
}
