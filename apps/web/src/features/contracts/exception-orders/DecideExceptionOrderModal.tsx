import { ORDERED_BY_LABELS } from '@postcare/domain';
import { App, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { formatDate } from '../../graduates/format';
import {
  ORDER_LIMITS,
  useConfirmExceptionOrder,
  useRejectExceptionOrder,
  type ExceptionOrder,
} from './useExceptionOrders';

export type Decision = 'confirm' | 'reject';

interface DecisionValues {
  comment?: string;
}

/** The head's decision on a requested order; a refusal says why. */
export function DecideExceptionOrderModal({
  order,
  decision,
  onClose,
}: {
  order: ExceptionOrder;
  decision: Decision;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const confirm = useConfirmExceptionOrder();
  const reject = useRejectExceptionOrder();
  const mutation = decision === 'confirm' ? confirm : reject;
  const rejecting = decision === 'reject';

  const submit = ({ comment }: DecisionValues) =>
    mutation.mutate(
      {
        params: { path: { id: order.id } },
        body: { version: order.version, comment: comment?.trim() || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t(rejecting ? 'orders.rejected' : 'orders.confirmed'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<DecisionValues>
      title={t(rejecting ? 'orders.rejectTitle' : 'orders.confirmTitle', { number: order.number })}
      okText={t(rejecting ? 'orders.reject' : 'orders.confirm')}
      danger={rejecting}
      form={form}
      testId="decide-order-form"
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'graduate',
            label: t('orders.fields.graduate'),
            children: order.graduate.fullName,
          },
          {
            key: 'order',
            label: t('orders.fields.order'),
            children: t('orders.summary', {
              number: order.number,
              date: formatDate(order.orderDate),
            }),
          },
          {
            key: 'by',
            label: t('orders.fields.orderedBy'),
            children: [labelOf(ORDERED_BY_LABELS, order.orderedBy), order.orderedByName]
              .filter(Boolean)
              .join(', '),
          },
          { key: 'grounds', label: t('orders.fields.grounds'), children: order.grounds || '—' },
        ]}
      />
      <Form.Item
        label={t(rejecting ? 'orders.rejectComment' : 'orders.comment')}
        name="comment"
        rules={[
          {
            required: rejecting,
            whitespace: true,
            message: t('orders.validation.commentRequired'),
          },
          {
            max: ORDER_LIMITS.comment,
            message: t('validation.textLength', { max: ORDER_LIMITS.comment }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
