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
  /** The approver's position (the head of the service); the director's when absent. */
  approverPosition?: string;
  goals: { domain: string; goal: string }[];
  activities: PlanDocumentActivity[];
}

/** A letter informing the guardianship body (000 §7.1.4, 001 §6.2). */
export interface NoticeDocument {
  institution: InstitutionRequisites;
  /** The guardianship body the letter is addressed to. */
  recipient: string;
  /** Outgoing number and date; null while not sent (blank lines to fill in by hand). */
  outgoingNumber: string | null;
  sentOn: string | null;
  /** «О проблеме сохранности жилого помещения» / «Об угрозе жизни и здоровью» / other subject. */
  trigger: 'housing' | 'threat_life_health' | 'other';
  graduate: {
    fullName: string;
    birthDate: string;
    legalStatus: string;
    registrationAddress: string;
    actualAddress: string;
  };
  foundOn: string;
  /** What was found, as the specialist wrote it. */
  finding: string;
  /** Measures already taken by the service (may be empty). */
  measures: string;
  /** The specialist who prepares the letter (contact person). */
  specialist: { fullName: string; position: string; phone: string } | null;
}

/** One line of a work plan, already worded for print. */
export interface WorkPlanDocumentItem {
  title: string;
  /** «март», «15.03.2027» or «в течение месяца». */
  due: string;
  responsible: string;
  expectedResult: string;
  /** «Выполнено: …», «Не выполнено: …», the move; empty while not marked. */
  mark: string;
}

/** The service's annual or monthly work plan (000 §8.2, 001 §8.1). */
export interface WorkPlanDocument {
  institution: InstitutionRequisites;
  /** «на 2027 год» / «на январь 2027 года». */
  period: string;
  approvedOn: string | null;
  approvedBy: string | null;
  /** The approver's position (the head of the service). */
  approverPosition: string;
  sections: { title: string; items: WorkPlanDocumentItem[] }[];
}
