import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { usePlanNames } from '../usePlanNames';
import { useMoveItem } from '../useWorkPlanChanges';
import { LIMITS, nextMonth, type WorkPlan, type WorkPlanItem } from '../vocabulary';
import { ItemSummary } from './ItemSummary';

interface MoveValues {
  reason?: string;
}

/**
 * «Перенести» a not-done item of a monthly plan to the next month, with the reason. The item
 * stays here, moved; its copy goes into the next month's plan (now, or when it is created).
 */
export function MoveItemModal({
  plan,
  item,
  onClose,
}: {
  plan: WorkPlan;
  item: WorkPlanItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const names = usePlanNames();
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveItem();
  const to = nextMonth(plan.year, plan.month ?? 12);
  const target = names.title({ year: to.year, month: to.month });

  const submit = ({ reason }: MoveValues) => {
    if (!reason?.trim()) return;
    move.mutate(
      {
        params: { path: { planId: plan.id, itemId: item.id } },
        body: { version: plan.version, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('marks.moved', { target }));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<MoveValues>
      title={t('marks.moveTitle')}
      okText={t('marks.move')}
      form={form}
      testId="move-item-form"
      submitting={move.isPending}
      error={move.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ItemSummary plan={plan} item={item} />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('marks.moveTarget', { target })}
        description={t('marks.moveHint')}
      />
      <Form.Item
        label={t('fields.moveReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('validation.reasonRequired') },
          { max: LIMITS.reason, message: t('validation.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('marks.moveReasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
