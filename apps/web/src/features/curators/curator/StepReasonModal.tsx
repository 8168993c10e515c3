import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCuratorLeaves, usePauseCurator } from '../useCurators';
import { LIMITS, type Curator } from '../vocabulary';

interface ReasonValues {
  reason: string;
}

/**
 * «Приостановить» or «Выбыл» with the reason, kept in the history. Leaving also ends the
 * curator's assignments today and blocks their account: the dialog says so first.
 */
export function StepReasonModal({
  curator,
  step,
  onClose,
}: {
  curator: Curator;
  step: 'pause' | 'leave';
  onClose: () => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const pause = usePauseCurator();
  const leave = useCuratorLeaves();
  const mutation = step === 'pause' ? pause : leave;

  const submit = ({ reason }: ReasonValues) =>
    mutation.mutate(
      {
        params: { path: { id: curator.id } },
        body: { version: curator.version, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t(`steps.${step}.done`));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<ReasonValues>
      title={t(`steps.${step}.title`, { name: curator.fullName })}
      okText={t(`steps.${step}.submit`)}
      danger={step === 'leave'}
      form={form}
      testId={`curator-${step}-form`}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t(`steps.${step}.hint`)} />
      <Form.Item
        label={t('steps.reason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('steps.reasonRequired') },
          { max: LIMITS.reason, message: t('validation.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t(`steps.${step}.placeholder`)}
        />
      </Form.Item>
    </FormModal>
  );
}
