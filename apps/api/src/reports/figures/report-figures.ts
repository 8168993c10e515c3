/*
 * The content of a report, the same for every kind: headline figures and tables of rows.
 * One shape lets one renderer make the XLSX, the PDF and the SPA's tables, lets a
 * submitted report be frozen as JSON, and lets the regional view sum institutions by key.
 */

export interface ReportTotal {
  key: string;
  label: string;
  value: number;
}

export interface ReportTable {
  key: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Worth a bar chart: the columns holding the bars' labels and values. */
  chart?: { label: number; value: number };
}

export interface ReportFigures {
  computedAt: string;
  totals: ReportTotal[];
  tables: ReportTable[];
}

/** The whole-number share of `part` in `whole`, in percent (0 when there is no whole). */
export const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 1000) / 10 : 0;

/** Postgres counts come back as strings. */
export const num = (value: unknown) => Number(value ?? 0);
