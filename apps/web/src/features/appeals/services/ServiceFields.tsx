import { SERVICE_DELIVERY_LABELS, SERVICE_FORM_LABELS } from '@postcare/domain';
import { DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { CaseWorkerSelect } from '../common/CaseWorkerSelect';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { isFutureDay } from '../common/dates';
import { DictionarySelect } from '../common/DictionarySelect';
import { GraduateAppealSelect } from './GraduateAppealSelect';
import { SERVICE_DELIVERIES, SERVICE_FORMS } from './serviceValues';

interface ServiceFieldsProps {
  /** Offer to link the help to one of this graduate's appeals. */
  appealsOf?: string;
  /** The first day the help can have been given on (the appeal's day). */
  notBefore?: Dayjs;
  /** The result closes an appeal answered at once, so it must be given. */
  resultRequired?: boolean;
}

/** The help given: when, what, how, how long, with what result, by whom. */
export function ServiceFields({ appealsOf, notBefore, resultRequired }: ServiceFieldsProps) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  return (
    <>
      <Form.Item
        label={t('service.fields.kind')}
        name="kindId"
        rules={[{ required: true, message: t('service.validation.kindRequired') }]}
      >
        <DictionarySelect kind="service-kind" placeholder={t('service.kindPlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('service.fields.providedOn')}
        name="providedOn"
        rules={[{ required: true, message: t('service.validation.providedOnRequired') }]}
      >
        <DatePicker
          format="L"
          allowClear={false}
          disabledDate={(day) => isFutureDay(day, today) || Boolean(notBefore?.isAfter(day, 'day'))}
        />
      </Form.Item>
      <Form.Item label={t('service.fields.form')} name="form" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={SERVICE_FORMS.map((value) => ({
            value,
            label: labelOf(SERVICE_FORM_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('service.fields.delivery')} name="delivery" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={SERVICE_DELIVERIES.map((value) => ({
            value,
            label: labelOf(SERVICE_DELIVERY_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('service.fields.duration')}
        name="durationMinutes"
        rules={[{ required: true, message: t('service.validation.durationRequired') }]}
      >
        <InputNumber min={1} max={1440} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label={t('service.fields.result')}
        name="result"
        rules={[
          { max: 4000, message: t('service.validation.resultLength') },
          {
            required: resultRequired,
            whitespace: true,
            message: t('service.validation.resultRequiredNow'),
          },
        ]}
      >
        <Input.TextArea rows={3} placeholder={t('service.resultPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('service.fields.specialist')} name="specialistId">
        <CaseWorkerSelect />
      </Form.Item>
      {appealsOf && (
        <Form.Item label={t('service.fields.appeal')} name="appealId">
          <GraduateAppealSelect graduateId={appealsOf} />
        </Form.Item>
      )}
    </>
  );
}
