import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCancelEvent } from '../useEvents';
import { LIMITS, type GroupEvent } from '../vocabulary';

interface CancelValues {
  reason: string;
}

/** «Отменить»: the event is called off with the reason; it stays in the list, with it. */
export function CancelEventModal({ event, onClose }: { event: GroupEvent; onClose: () => void }) {
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const [form] = Form.useForm<CancelValues>();
  const cancel = useCancelEvent();

  const submit = ({ reason }: CancelValues) =>
    cancel.mutate(
      {
        params: { path: { id: event.id } },
        body: { version: event.version, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('cancel.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<CancelValues>
      title={t('cancel.title')}
      okText={t('cancel.submit')}
      danger
      form={form}
      testId="cancel-form"
      submitting={cancel.isPending}
      error={cancel.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('cancel.explain')}</Typography.Paragraph>
      <Form.Item
        label={t('fields.cancelReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('validation.reasonRequired') },
          { max: LIMITS.reason, message: t('common.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('cancel.placeholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
