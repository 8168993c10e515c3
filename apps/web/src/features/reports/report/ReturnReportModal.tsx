import { useTranslation } from 'react-i18next';
import { ReturnWithCommentModal } from '../../../shared/ui/ReturnWithCommentModal';
import { useReturnReport } from '../useReportChanges';
import { useReportNames } from '../useReportNames';
import { LIMITS, type Report } from '../vocabulary';

/** «Вернуть на доработку»: the comment says what to change; the author sees it on the report. */
export function ReturnReportModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  const returnReport = useReturnReport();
  return (
    <ReturnWithCommentModal
      title={t('review.returnTitle', { title: names.title(report) })}
      okText={t('review.return')}
      label={t('review.comment')}
      placeholder={t('review.commentPlaceholder')}
      requiredMessage={t('validation.commentRequired')}
      lengthMessage={t('validation.textLength', { max: LIMITS.comment })}
      maxLength={LIMITS.comment}
      doneMessage={t('review.returned')}
      testId="return-report-form"
      submitting={returnReport.isPending}
      error={returnReport.error}
      onReturn={(comment) =>
        returnReport.mutateAsync({
          params: { path: { id: report.id } },
          body: { version: report.version, comment },
        })
      }
      onClose={onClose}
    />
  );
}
