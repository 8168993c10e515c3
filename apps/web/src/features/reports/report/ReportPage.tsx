import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { REPORTS_PATH } from '../paths';
import { useReport } from '../useReports';
import { ReportView } from './ReportView';

/** /reports/:id — one report, or why it cannot be shown (someone else's: 404). */
export function ReportPage() {
  const { t } = useTranslation('reports');
  const { id } = useParams();
  const report = useReport(id);
  if (report.data) return <ReportView report={report.data} />;
  if (report.error)
    return (
      <Flex vertical gap={16} align="flex-start">
        <ProblemAlert error={report.error} />
        <Link to={REPORTS_PATH}>{t('report.backToList')}</Link>
      </Flex>
    );
  return <PageSpinner />;
}
