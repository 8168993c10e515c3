import { Descriptions, Flex, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatDate } from '../../graduates/format';
import { DueDate, LateTag } from '../ReportTags';
import type { Report } from '../vocabulary';

/** The report's requisites: period, due day, author, when handed in, who reviewed it. */
export function ReportFacts({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  const last = report.versions.at(-1);
  // Lateness is judged by the first hand-in; later versions answer a return.
  const submittedText = () => {
    if (!report.submittedAt) return t('report.notSubmitted');
    const first = formatDateTime(report.submittedAt);
    return last && report.versions.length > 1
      ? t('report.resubmitted', { first, last: formatDateTime(last.submittedAt) })
      : first;
  };
  const rows: DescriptionsProps['items'] = [
    {
      key: 'period',
      label: t('fields.period'),
      children: `${formatDate(report.periodFrom)} – ${formatDate(report.periodTo)}`,
    },
    {
      key: 'due',
      label: t('fields.dueOn'),
      children: (
        <Flex gap={4} wrap align="center">
          <DueDate dueOn={report.dueOn} late={report.late} />
          <LateTag late={report.late} />
        </Flex>
      ),
    },
    { key: 'author', label: t('fields.author'), children: report.author.fullName },
    {
      key: 'submitted',
      label: t('fields.submittedAt'),
      children: submittedText(),
    },
  ];
  if (report.reviewedAt && report.status !== 'submitted')
    rows.push({
      key: 'reviewed',
      label: t(report.status === 'returned' ? 'fields.returnedBy' : 'fields.acceptedBy'),
      children: t('report.reviewedBy', {
        date: formatDateTime(report.reviewedAt),
        name: report.reviewedBy?.fullName ?? '—',
      }),
    });
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={rows}
      data-testid="report-facts"
    />
  );
}
