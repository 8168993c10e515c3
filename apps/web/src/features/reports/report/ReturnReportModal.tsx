import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useReturnReport } from '../useReportChanges';
import { useReportNames } from '../useReportNames';
import { LIMITS, type Report } from '../vocabulary';

interface ReturnValues {
  comment?: string;
}

/** «Вернуть на доработку»: the comment says what to change; the author sees it on the report. */
export function ReturnReportModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const names = useReportNames();
  const [form] = Form.useForm<ReturnValues>();
  const returnReport = useReturnReport();

  const submit = ({ comment }: ReturnValues) => {
    if (!comment?.trim()) return;
    returnReport.mutate(
      {
        params: { path: { id: report.id } },
        body: { version: report.version, comment: comment.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('review.returned'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<ReturnValues>
      title={t('review.returnTitle', { title: names.title(report) })}
      okText={t('review.return')}
      danger
      form={form}
      testId="return-report-form"
      submitting={returnReport.isPending}
      error={returnReport.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('review.comment')}
        name="comment"
        rules={[
          { required: true, whitespace: true, message: t('validation.commentRequired') },
          { max: LIMITS.comment, message: t('validation.textLength', { max: LIMITS.comment }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={t('review.commentPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
