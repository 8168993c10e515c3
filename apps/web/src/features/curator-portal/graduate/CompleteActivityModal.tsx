import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCompleteMyActivity } from '../usePortal';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { LIMITS, type MyActivity } from '../vocabulary';

interface DoneValues {
  doneOn: string;
  result?: string;
}

/**
 * «Выполнено»: the day it was done (today to begin with, never later) and what came of
 * it; the specialist sees it in the graduate's plan at once.
 */
export function CompleteActivityModal({
  activity,
  onClose,
}: {
  activity: MyActivity;
  onClose: () => void;
}) {
  const { t } = useTranslation('curatorPortal');
  const { message } = App.useApp();
  const [form] = Form.useForm<DoneValues>();
  const complete = useCompleteMyActivity();
  const today = useInstitutionToday().format('YYYY-MM-DD');

  const submit = ({ doneOn, result }: DoneValues) =>
    complete.mutate(
      {
        params: { path: { id: activity.id } },
        body: { version: activity.planVersion, doneOn, result: result?.trim() ?? '' },
      },
      {
        onSuccess: () => {
          void message.success(t('activities.completed'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<DoneValues>
      title={t('activities.completeTitle')}
      okText={t('activities.completeSubmit')}
      form={form}
      testId="complete-activity-form"
      initialValues={{ doneOn: today }}
      submitting={complete.isPending}
      error={complete.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph strong>{activity.title}</Typography.Paragraph>
      <Form.Item
        label={t('activities.doneOn')}
        name="doneOn"
        rules={[
          { required: true, message: t('activities.doneOnRequired') },
          {
            validator: (_, value: string | undefined) =>
              value && value > today
                ? Promise.reject(new Error(t('activities.doneOnFuture')))
                : Promise.resolve(),
          },
        ]}
      >
        <Input type="date" size="large" max={today} />
      </Form.Item>
      <Form.Item
        label={t('activities.result')}
        name="result"
        rules={[
          { required: true, whitespace: true, message: t('activities.resultRequired') },
          { max: LIMITS.result, message: t('common.textLength', { max: LIMITS.result }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={t('activities.resultPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
