import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { ReportFiguresView } from '../figures/ReportFiguresView';
import { reportPath } from '../paths';
import { useReportNames } from '../useReportNames';
import { useReport, useReportVersion } from '../useReports';
import { NarrativeText } from './NarrativeSections';
import { PageTitle } from '../../../shared/ui/PageTitle';

/** /reports/:id/versions/:number — one submitted version, read-only, exactly as it was sent. */
export function ReportVersionPage() {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  const { id = '', number: raw } = useParams();
  const number = Number(raw);
  const report = useReport(id);
  const version = useReportVersion(id, number);

  const back = <Link to={reportPath(id)}>{t('versions.backToReport')}</Link>;
  const error = report.error ?? version.error;
  if (error || !Number.isInteger(number))
    return (
      <Flex vertical gap={16} align="flex-start">
        <ProblemAlert error={error ?? { status: 404, title: t('versions.notFound') }} />
        {back}
      </Flex>
    );
  if (!report.data || !version.data) return <PageSpinner />;
  const sent = version.data;

  return (
    <Flex vertical gap={16} data-testid="report-version-view" style={{ minWidth: 0 }}>
      {back}
      <PageTitle style={{ margin: 0 }}>{names.title(report.data)}</PageTitle>
      <Alert
        type="info"
        showIcon
        title={t('versions.heading', {
          number: sent.number,
          date: formatDateTime(sent.submittedAt),
          name: sent.submittedBy?.fullName ?? '—',
        })}
        description={t('versions.readOnly')}
      />
      <ReportFiguresView figures={sent.figures} frozen />
      <div>
        <Typography.Title level={4}>{t('narrative.title')}</Typography.Title>
        <NarrativeText sections={sent.narrative} />
      </div>
    </Flex>
  );
}
