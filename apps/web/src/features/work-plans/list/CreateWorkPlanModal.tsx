import { Alert, App, Button, Form, InputNumber, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { workPlanPath } from '../paths';
import { usePlanNames } from '../usePlanNames';
import { useCreateWorkPlan } from '../useWorkPlanChanges';
import { useWorkPlans } from '../useWorkPlans';
import { MONTHS, YEAR_RANGE, type WorkPlanKind, type WorkPlanSummary } from '../vocabulary';

interface CreateValues {
  year?: number;
  month?: number;
}

/** What the chosen year already has: its annual plan and the months planned. */
function useYearPlans(year: number | undefined) {
  const valid = year !== undefined && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
  const plans = useWorkPlans({ year, pageSize: 20 }, { enabled: valid });
  // A year being loaded must not be judged by the previous year's plans.
  const current = valid && !plans.isPlaceholderData;
  const data = current ? plans.data : undefined;
  const loaded = current && plans.isSuccess;
  return useMemo(() => {
    const items: WorkPlanSummary[] = data?.items ?? [];
    return {
      annual: items.find((plan) => plan.kind === 'annual'),
      months: new Map(items.flatMap((plan) => (plan.month ? [[plan.month, plan] as const] : []))),
      loaded,
    };
  }, [data, loaded]);
}

/**
 * «Создать годовой план» / «Создать план на месяц»: one plan of each period. A monthly plan
 * is drawn by the API from the annual plan's items of that month and takes over the items
 * moved from the month before. The new plan opens.
 */
export function CreateWorkPlanModal({
  kind,
  year,
  month,
  onClose,
}: {
  kind: WorkPlanKind;
  year: number;
  month?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const names = usePlanNames();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateWorkPlan();
  const chosenYear = Form.useWatch('year', form);
  const existing = useYearPlans(chosenYear);
  const monthly = kind === 'monthly';
  const existingId = asProblem(create.error)?.planId;
  const chosenMonth = Form.useWatch('month', form);

  // The suggested month already has its plan: offer the next free one instead.
  useEffect(() => {
    if (!monthly || !chosenMonth || !existing.months.has(chosenMonth)) return;
    const free = (from: number) => MONTHS.find((m) => m >= from && !existing.months.has(m));
    form.setFieldValue('month', free(chosenMonth) ?? free(1));
  }, [existing.months, monthly, chosenMonth, form]);

  const submit = ({ year: chosen, month: picked }: CreateValues) => {
    if (!chosen || (monthly && !picked)) return;
    create.mutate(
      { body: { kind, year: chosen, month: monthly ? picked : undefined } },
      {
        onSuccess: (plan) => {
          void message.success(t('create.created', { title: names.title(plan) }));
          onClose();
          void navigate(workPlanPath(plan.id));
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<CreateValues>
      title={t(monthly ? 'create.monthlyTitle' : 'create.annualTitle')}
      okText={t('create.ok')}
      form={form}
      testId="create-work-plan-form"
      initialValues={{ year, month }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.year')}
        name="year"
        rules={[
          { required: true, message: t('validation.yearRequired') },
          {
            type: 'integer',
            min: YEAR_RANGE.min,
            max: YEAR_RANGE.max,
            message: t('validation.yearRange', YEAR_RANGE),
          },
          {
            validator: () =>
              !monthly && existing.annual
                ? Promise.reject(new Error(t('validation.annualExists')))
                : Promise.resolve(),
          },
        ]}
      >
        <InputNumber
          min={YEAR_RANGE.min}
          max={YEAR_RANGE.max}
          precision={0}
          style={{ width: 140 }}
        />
      </Form.Item>
      {monthly && (
        <Form.Item
          label={t('fields.month')}
          name="month"
          dependencies={['year']}
          rules={[
            { required: true, message: t('validation.monthRequired') },
            {
              validator: (_, value?: number) =>
                value && existing.months.has(value)
                  ? Promise.reject(new Error(t('validation.monthExists')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('form.choose')}
            style={{ width: 220 }}
            options={MONTHS.map((value) => ({
              value,
              label: existing.months.has(value)
                ? t('create.monthPlanned', { month: names.monthName(value) })
                : names.monthName(value),
              disabled: existing.months.has(value),
            }))}
          />
        </Form.Item>
      )}
      {existing.annual && !monthly && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('create.annualExists')}
          action={
            <Link to={workPlanPath(existing.annual.id)} onClick={onClose}>
              {t('create.open')}
            </Link>
          }
        />
      )}
      {monthly && existing.loaded && (
        <Alert
          type={existing.annual ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="monthly-source"
          title={
            existing.annual
              ? t('create.drawnFromAnnual', { title: names.title(existing.annual) })
              : t('create.noAnnual', { year: chosenYear })
          }
          description={
            existing.annual && existing.annual.status !== 'approved'
              ? t('create.annualNotApproved')
              : undefined
          }
        />
      )}
      {existingId && (
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={() => {
            onClose();
            void navigate(workPlanPath(existingId));
          }}
        >
          {t('create.openExisting')}
        </Button>
      )}
    </FormModal>
  );
}
