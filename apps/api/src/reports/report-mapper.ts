import { StaffRefDto } from '../appeals/dto/refs.response';
import { dayOf } from '../common/local-day';
import { User } from '../users/user.entity';
import { NarrativeSectionDto, ReportSummaryDto } from './dto/report.dto';
import { Report, ReportStatus } from './report.entity';
import { NARRATIVE_SECTIONS } from './report-rules';
import { reportTitle } from './report-titles';

/** Late: submitted after its due day, or not submitted and the due day has passed. */
export function isLate(report: Report, zone: string, today: string): boolean {
  if (report.submittedAt) return dayOf(report.submittedAt, zone) > report.dueOn;
  return report.status !== ReportStatus.Accepted && today > report.dueOn;
}

export function toSummary(report: Report, zone: string, today: string): ReportSummaryDto {
  return {
    id: report.id,
    kind: report.kind,
    title: reportTitle(report.kind, report.periodFrom),
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    author: StaffRefDto.from(report.author as User),
    dueOn: report.dueOn,
    status: report.status,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    late: isLate(report, zone, today),
    reviewComment: report.reviewComment,
    submissions: report.submissions,
    updatedAt: report.updatedAt.toISOString(),
    version: report.version,
  };
}

/** The kind's sections in their order, with what was written in each. */
export function narrativeOf(
  report: Pick<Report, 'kind'>,
  texts: Record<string, string>,
): NarrativeSectionDto[] {
  return Object.entries(NARRATIVE_SECTIONS[report.kind]).map(([key, title]) => ({
    key,
    title,
    text: texts[key] ?? '',
  }));
}
