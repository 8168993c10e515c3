import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { ReportFiguresView } from '../figures/ReportFiguresView';
import { REGIONAL_PATH } from '../paths';
import { NarrativeText } from '../report/NarrativeSections';
import { DueDate, LateTag, ReportStatusTag } from '../ReportTags';
import { useReportNames } from '../useReportNames';
import { useRegionalReport } from './useRegional';
import { PageTitle } from '../../../shared/ui/PageTitle';

/** /regional/reports/:id — an institution's report as it was handed in, read-only. */
export function RegionalReportPage() {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  const { id } = useParams();
  const answer = useRegionalReport(id);
  const back = <Link to={REGIONAL_PATH}>{t('regional.backToList')}</Link>;

  if (answer.error)
    return (
      <Flex vertical gap={16} align="flex-start">
        <ProblemAlert error={answer.error} />
        {back}
      </Flex>
    );
  const report = answer.data;
  if (!report) return <PageSpinner />;

  return (
    <Flex vertical gap={16} data-testid="regional-report-view" style={{ minWidth: 0 }}>
      {back}
      <Flex gap={8} align="center" wrap>
        <PageTitle style={{ margin: 0 }}>{names.title(report)}</PageTitle>
        <ReportStatusTag status={report.status} />
        <LateTag late={report.late} />
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'institution', label: t('fields.institution'), children: report.institution.name },
          {
            key: 'period',
            label: t('fields.period'),
            children: `${formatDate(report.periodFrom)} – ${formatDate(report.periodTo)}`,
          },
          {
            key: 'due',
            label: t('fields.dueOn'),
            children: <DueDate dueOn={report.dueOn} late={report.late} />,
          },
          {
            key: 'submitted',
            label: t('fields.submittedAt'),
            children: report.submittedAt ? formatDateTime(report.submittedAt) : '—',
          },
        ]}
      />
      <ReportFiguresView figures={report.figures} frozen />
      <div>
        <Typography.Title level={4}>{t('narrative.title')}</Typography.Title>
        <NarrativeText sections={report.narrative} />
      </div>
    </Flex>
  );
}
