import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { useAcceptReport, useSubmitReport } from '../useReportChanges';
import { useReportNames } from '../useReportNames';
import type { Report } from '../vocabulary';
import type { NarrativeDraft } from './useNarrativeDraft';

/**
 * The report's next steps for this user: «Сдать» for its author while it is written (the
 * sections typed so far are saved first); «Принять» and «Вернуть на доработку» for the
 * next level while it is submitted. Nothing for those who only read.
 */
export function ReportActions({
  report,
  author,
  reviewer,
  draft,
  onReturn,
}: {
  report: Report;
  /** The author, and the report is a draft or returned. */
  author: boolean;
  /** Accepts or returns this kind, and the report is submitted. */
  reviewer: boolean;
  draft: NarrativeDraft;
  onReturn: () => void;
}) {
  const { t } = useTranslation('reports');
  const { message, modal } = App.useApp();
  const notifyProblem = useProblemNotice();
  const names = useReportNames();
  const submit = useSubmitReport();
  const accept = useAcceptReport();

  if (!author && !reviewer) return null;

  const send = async () => {
    let current: Report;
    try {
      current = await draft.save();
    } catch {
      // Shown under the sections: the API's refusal, or the field that did not validate.
      return;
    }
    await submit
      .mutateAsync({ params: { path: { id: current.id } }, body: { version: current.version } })
      .then(() => void message.success(t('review.submitted')))
      .catch(notifyProblem);
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('review.submitTitle', { title: names.title(report) }),
      content: t('review.submitHint'),
      okText: t('review.submit'),
      cancelText: t('review.cancel'),
      onOk: send,
    });

  const confirmAccept = () =>
    modal.confirm({
      title: t('review.acceptTitle', { title: names.title(report) }),
      content: t('review.acceptHint'),
      okText: t('review.accept'),
      cancelText: t('review.cancel'),
      onOk: () =>
        accept
          .mutateAsync({ params: { path: { id: report.id } }, body: { version: report.version } })
          .then(() => void message.success(t('review.accepted')))
          .catch(notifyProblem),
    });

  return (
    <Space wrap data-testid="report-actions">
      {author && (
        <Button type="primary" loading={submit.isPending || draft.saving} onClick={confirmSubmit}>
          {t('review.submit')}
        </Button>
      )}
      {reviewer && (
        <>
          <Button type="primary" loading={accept.isPending} onClick={confirmAccept}>
            {t('review.accept')}
          </Button>
          <Button danger onClick={onReturn}>
            {t('review.return')}
          </Button>
        </>
      )}
    </Space>
  );
}
