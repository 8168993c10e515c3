import { DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { usePlanNames } from '../usePlanNames';
import { daysOf, MONTHS, type WorkPlan } from '../vocabulary';

export type TermKind = 'month' | 'day';

/**
 * «Срок»: a whole month or a day. In an annual plan any month of its year; in a monthly plan
 * «в течение месяца» or a day of that month (the API refuses any other).
 */
export function ItemTermFields({ plan }: { plan: WorkPlan }) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  const form = Form.useFormInstance();
  const termKind = Form.useWatch<TermKind>('termKind', form);
  const { first, last } = daysOf(plan);
  const outside = (day: Dayjs) => isoDate(day) < first || isoDate(day) > last;
  const annual = plan.kind === 'annual';

  return (
    <>
      <Form.Item label={t('fields.term')} name="termKind">
        <Radio.Group
          options={[
            { value: 'month', label: t(annual ? 'form.termMonth' : 'form.termWithinMonth') },
            { value: 'day', label: t('form.termDay') },
          ]}
        />
      </Form.Item>
      {termKind === 'month' && annual && (
        <Form.Item
          label={t('fields.dueMonth')}
          name="dueMonth"
          rules={[{ required: true, message: t('validation.dueMonthRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('form.choose')}
            style={{ width: 200 }}
            options={MONTHS.map((value) => ({ value, label: names.monthName(value) }))}
          />
        </Form.Item>
      )}
      {termKind === 'day' && (
        <Form.Item
          label={t('fields.dueOn')}
          name="dueOn"
          rules={[
            { required: true, message: t('validation.dueOnRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value && outside(value)
                  ? Promise.reject(
                      new Error(t(annual ? 'validation.dueOnInYear' : 'validation.dueOnInMonth')),
                    )
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('form.datePlaceholder')}
            disabledDate={outside}
            defaultPickerValue={dayjs(first)}
            style={{ width: 200 }}
          />
        </Form.Item>
      )}
    </>
  );
}
