import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../graduates/format';
import type { Report } from '../vocabulary';

/** Where the report stands, in a sentence: returned with the comment, awaiting a decision. */
export function ReportStatusAlert({
  report,
  author,
  reviewer,
}: {
  report: Report;
  author: boolean;
  reviewer: boolean;
}) {
  const { t } = useTranslation('reports');
  if (report.status === 'returned')
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="review-comment"
        title={t('report.returnedBecause')}
        description={report.reviewComment}
      />
    );
  if (report.status === 'submitted')
    return (
      <Alert type="info" showIcon title={t(reviewer ? 'report.awaitsYou' : 'report.underReview')} />
    );
  if (report.status === 'draft' && author)
    return (
      <Alert
        type={report.late ? 'error' : 'info'}
        showIcon
        title={t(report.late ? 'report.overdue' : 'report.writeAndSubmit', {
          date: formatDate(report.dueOn),
        })}
      />
    );
  return null;
}
