import type { InstitutionRequisites } from '../../documents/document-data';
import { longDate, shortDate } from '../../documents/russian-format';

/** One part of the extract: a heading and label–value lines, or a table. */
export interface ExtractSection {
  heading: string;
  lines?: [label: string, value: string][];
  table?: { columns: string[]; rows: string[][] };
  /** Shown instead of an empty table. */
  empty?: string;
}

export interface GraduateExtract {
  institution: InstitutionRequisites;
  /** The day of the extract, in the institution's zone. */
  madeOn: string;
  madeBy: string;
  fullName: string;
  sections: ExtractSection[];
}

export const dash = (value: string | null | undefined) => (value ? value : '—');
export const day = (value: string | null | undefined) => (value ? shortDate(value) : '—');

/** The title block: «Выписка из личного дела …» and its date. */
export function extractTitle(extract: GraduateExtract): { title: string; subtitle: string } {
  return {
    title: 'Выписка из личного дела',
    subtitle: `${extract.fullName}, по состоянию на ${longDate(extract.madeOn)}`,
  };
}
