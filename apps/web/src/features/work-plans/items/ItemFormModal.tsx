import { App, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { isoDate, pickerDate } from '../../graduates/format';
import { SpecialistSelect } from '../../graduates/form/SpecialistSelect';
import { useAddItem, useUpdateItem } from '../useWorkPlanChanges';
import { LIMITS, type WorkPlan, type WorkPlanItem } from '../vocabulary';
import { ItemTermFields, type TermKind } from './ItemTermFields';

interface ItemValues {
  sectionId?: string;
  title?: string;
  termKind: TermKind;
  dueMonth?: number;
  dueOn?: Dayjs | null;
  responsibleUserId?: string | null;
  responsibleName?: string;
  expectedResult?: string;
}

/** The term as the API takes it: a month (a monthly plan's own) or a day, never both. */
function termOf(plan: WorkPlan, values: ItemValues) {
  if (values.termKind === 'day') return values.dueOn ? { dueOn: isoDate(values.dueOn) } : null;
  const dueMonth = plan.month ?? values.dueMonth;
  return dueMonth ? { dueMonth } : null;
}

function initialValues(item?: WorkPlanItem, sectionId?: string): ItemValues {
  if (!item) return { sectionId, termKind: 'month' };
  return {
    sectionId: item.sectionId,
    title: item.title,
    termKind: item.dueOn ? 'day' : 'month',
    dueMonth: item.dueMonth ?? undefined,
    dueOn: pickerDate(item.dueOn),
    responsibleUserId: item.responsible?.id ?? null,
    responsibleName: item.responsibleName,
    expectedResult: item.expectedResult,
  };
}

/**
 * Adds an item to a section of an editable plan, or changes one: what, when (a month or a
 * day within the plan's period), who is responsible (a member of staff and / or others
 * named in words) and the expected result.
 */
export function ItemFormModal({
  plan,
  item,
  sectionId,
  onClose,
}: {
  plan: WorkPlan;
  item?: WorkPlanItem;
  /** The section a new item starts in. */
  sectionId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const add = useAddItem();
  const update = useUpdateItem();
  const mutation = item ? update : add;

  const submit = (values: ItemValues) => {
    const term = termOf(plan, values);
    if (!values.sectionId || !values.title?.trim() || !term) return;
    const fields = {
      version: plan.version,
      sectionId: values.sectionId,
      title: values.title.trim(),
      ...term,
      responsibleName: values.responsibleName?.trim() ?? '',
      expectedResult: values.expectedResult?.trim() ?? '',
    };
    const done = {
      onSuccess: () => {
        void message.success(t(item ? 'items.saved' : 'items.added'));
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (item)
      update.mutate(
        {
          params: { path: { planId: plan.id, itemId: item.id } },
          body: { ...fields, responsibleUserId: values.responsibleUserId ?? null },
        },
        done,
      );
    else
      add.mutate(
        {
          params: { path: { planId: plan.id } },
          body: { ...fields, responsibleUserId: values.responsibleUserId ?? undefined },
        },
        done,
      );
  };

  return (
    <FormModal<ItemValues>
      title={t(item ? 'items.editTitle' : 'items.addTitle')}
      okText={t(item ? 'actions.save' : 'items.add')}
      form={form}
      width={640}
      testId="item-form"
      initialValues={initialValues(item, sectionId)}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.section')}
        name="sectionId"
        rules={[{ required: true, message: t('validation.sectionRequired') }]}
      >
        <Select
          placeholder={t('form.choose')}
          options={plan.sections.map((section) => ({
            value: section.id,
            label: `${section.position}. ${section.title}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.title')}
        name="title"
        rules={[
          { required: true, whitespace: true, message: t('validation.titleRequired') },
          { max: LIMITS.itemTitle, message: t('validation.textLength', { max: LIMITS.itemTitle }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('items.titlePlaceholder')}
        />
      </Form.Item>
      <ItemTermFields plan={plan} />
      <Form.Item label={t('fields.responsibleUser')} name="responsibleUserId">
        <SpecialistSelect
          allowClear
          currentName={item?.responsible?.fullName}
          placeholder={t('items.noResponsibleUser')}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.responsibleName')}
        name="responsibleName"
        extra={t('items.responsibleNameHint')}
        rules={[
          {
            max: LIMITS.responsibleName,
            message: t('validation.textLength', { max: LIMITS.responsibleName }),
          },
        ]}
      >
        <Input placeholder={t('items.responsibleNamePlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('fields.expectedResult')}
        name="expectedResult"
        rules={[
          {
            max: LIMITS.expectedResult,
            message: t('validation.textLength', { max: LIMITS.expectedResult }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('items.expectedResultPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
