/**
 * What the printable documents are rendered from: plain values, already resolved to
 * Russian text by the module that owns the record. Days are `YYYY-MM-DD`.
 */

/** Institution requisites printed in the heading and the signatures block. */
export interface InstitutionRequisites {
  fullName: string;
  shortName: string;
  address: string;
  directorName: string;
  directorPosition: string;
  phone: string;
  email: string;
}

export interface ContractDocument {
  institution: InstitutionRequisites;
  /** «предварительный» договор (001 §3.1.1) or the support contract itself. */
  kind: 'preliminary' | 'support';
  number: string;
  /** Day of signing; null on a draft (printed as a blank line to fill in by hand). */
  concludedOn: string | null;
  /** Day of the graduate's application the contract answers (001 §4.2.2). */
  applicationDate: string | null;
  startsOn: string;
  endsOn: string;
  graduate: {
    fullName: string;
    birthDate: string;
    registrationAddress: string;
    actualAddress: string;
    phone: string;
  };
  /** Legal representative when the graduate is under 18. */
  legalRepresentative: string | null;
  responsibleSpecialist: { fullName: string; position: string } | null;
  /** Kinds of help agreed (names from the service-kind dictionary, 001 §4.2.1). */
  serviceKinds: string[];
  /** Free conditions text added by the service. */
  conditions: string;
}

export interface PlanDocumentActivity {
  domain: string;
  title: string;
  description: string;
  dueOn: string;
  responsible: string;
  status: string;
  /** Done date and result, or the move/cancel reason: one line for the «отметка» column. */
  outcome: string;
}

export interface PlanDocument {
  institution: InstitutionRequisites;
  contractNumber: string;
  contractConcludedOn: string | null;
  graduate: { fullName: string; birthDate: string };
  periodFrom: string;
  periodTo: string;
  /** Revision number after approval (1, 2, …); 0 for a plan never approved. */
  revision: number;
  approvedOn: string | null;
  approvedBy: string | null;
  goals: { domain: string; goal: string }[];
  activities: PlanDocumentActivity[];
}
