/** The kinds of report and their states; kept apart from the entities so plain code can use them. */

export enum ReportKind {
  /** A specialist's month, to the head, by the 3rd (001 §8.3). */
  SpecialistMonthly = 'specialist_monthly',
  /** The department's month, head → deputy director, by the 5th. */
  DepartmentMonthly = 'department_monthly',
  /** The half-year analysis, by the 10th of the month after it. */
  HalfYear = 'half_year',
  /** The year, by 20 December. */
  Annual = 'annual',
}

export enum ReportStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Accepted = 'accepted',
  /** Returned with a comment: editable again, then submitted as a new version. */
  Returned = 'returned',
}
