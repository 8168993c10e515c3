import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useMarkItem } from '../useWorkPlanChanges';
import { LIMITS, type WorkPlan, type WorkPlanItem } from '../vocabulary';
import { ItemSummary } from './ItemSummary';

export type Mark = 'done' | 'not_done';

interface MarkValues {
  note?: string;
}

/**
 * «Выполнено» / «Не выполнено» in an approved plan, with a note: what was done, or why not
 * (required then). A mark may be corrected the other way.
 */
export function MarkItemModal({
  plan,
  item,
  mark,
  onClose,
}: {
  plan: WorkPlan;
  item: WorkPlanItem;
  mark: Mark;
  onClose: () => void;
}) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const [form] = Form.useForm<MarkValues>();
  const markItem = useMarkItem();
  const done = mark === 'done';

  const submit = ({ note }: MarkValues) => {
    const text = note?.trim() ?? '';
    if (!done && !text) return;
    markItem.mutate(
      {
        params: { path: { planId: plan.id, itemId: item.id } },
        body: { version: plan.version, status: mark, note: text || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t(done ? 'marks.markedDone' : 'marks.markedNotDone'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<MarkValues>
      title={t(done ? 'marks.doneTitle' : 'marks.notDoneTitle')}
      okText={t(done ? 'marks.done' : 'marks.notDone')}
      danger={!done}
      form={form}
      testId="mark-item-form"
      submitting={markItem.isPending}
      error={markItem.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ItemSummary plan={plan} item={item} />
      <Form.Item
        label={t(done ? 'fields.doneNote' : 'fields.notDoneNote')}
        name="note"
        rules={[
          ...(done
            ? []
            : [{ required: true, whitespace: true, message: t('validation.notDoneNoteRequired') }]),
          { max: LIMITS.note, message: t('validation.textLength', { max: LIMITS.note }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t(done ? 'marks.donePlaceholder' : 'marks.notDonePlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
