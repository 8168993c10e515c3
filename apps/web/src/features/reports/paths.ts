/** The «Отчёты» section: the list of reports and, in a tab, the calendar of what is due. */
export const REPORTS_PATH = '/reports';

/** The calendar tab of one year. */
export const reportsCalendarPath = (year: number) => `${REPORTS_PATH}?tab=calendar&year=${year}`;

/** One report: its figures, free-text sections, review and versions. */
export const reportPath = (id: string) => `${REPORTS_PATH}/${encodeURIComponent(id)}`;

/** One submitted version of a report, as it was sent. */
export const reportVersionPath = (id: string, number: number) =>
  `${reportPath(id)}/versions/${number}`;

/** The regional user's pages: the institutions' submitted reports and their sum. */
export const REGIONAL_PATH = '/regional';
export const REGIONAL_SUMMARY_PATH = `${REGIONAL_PATH}/summary`;
export const regionalReportPath = (id: string) =>
  `${REGIONAL_PATH}/reports/${encodeURIComponent(id)}`;
