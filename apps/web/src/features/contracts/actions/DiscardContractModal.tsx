import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useDiscardContract } from '../useContractChanges';
import { LIMITS, type ContractDetail } from '../vocabulary';

interface DiscardValues {
  reason?: string;
}

/** «Отменить черновик»: the draft stays on file, marked discarded. */
export function DiscardContractModal({
  contract,
  onClose,
}: {
  contract: ContractDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const { message } = App.useApp();
  const [form] = Form.useForm<DiscardValues>();
  const discard = useDiscardContract();

  const submit = ({ reason }: DiscardValues) =>
    discard.mutate(
      {
        params: { path: { id: contract.id } },
        body: { version: contract.version, reason: reason?.trim() || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t('discard.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<DiscardValues>
      title={t('discard.title', { number: contract.number })}
      okText={t('discard.submit')}
      danger
      form={form}
      submitting={discard.isPending}
      error={discard.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('discard.explanation')} />
      <Form.Item
        label={t('discard.reason')}
        name="reason"
        rules={[
          {
            max: LIMITS.discardReason,
            message: t('validation.textLength', { max: LIMITS.discardReason }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
