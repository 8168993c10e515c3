import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAssignableStaff } from '../../graduates/useAssignableStaff';
import { LIMITS, type GroupEvent } from '../vocabulary';
import type { EventValues, LeadMode } from './eventValues';

/**
 * Who leads the event: a member of staff (an active head or specialist of the institution,
 * as the API requires) or an invited person by name (a partner's staff, a volunteer).
 */
export function LeadFields({ event }: { event?: GroupEvent }) {
  const { t } = useTranslation('events');
  const form = Form.useFormInstance<EventValues>();
  const mode = Form.useWatch('leadMode', form) as LeadMode | undefined;
  const { staff, isLoading } = useAssignableStaff();
  const options = staff.map((user) => ({
    value: user.id,
    label: user.position ? `${user.fullName} — ${user.position}` : user.fullName,
  }));
  // A lead who has left the service since still shows by name.
  if (event?.lead && !options.some(({ value }) => value === event.lead?.id)) {
    options.unshift({ value: event.lead.id, label: event.lead.fullName });
  }

  return (
    <>
      <Form.Item label={t('fields.lead')} name="leadMode">
        <Radio.Group
          optionType="button"
          options={(['staff', 'invited'] as const).map((value) => ({
            value,
            label: t(`form.leadModes.${value}`),
          }))}
        />
      </Form.Item>
      {mode === 'invited' ? (
        <Form.Item
          label={t('fields.leadName')}
          name="leadName"
          extra={t('form.leadNameHint')}
          rules={[
            { required: true, whitespace: true, message: t('validation.leadNameRequired') },
            { max: LIMITS.leadName, message: t('common.textLength', { max: LIMITS.leadName }) },
          ]}
        >
          <Input autoComplete="off" placeholder={t('form.leadNamePlaceholder')} />
        </Form.Item>
      ) : (
        <Form.Item
          label={t('fields.leadUser')}
          name="leadUserId"
          rules={[{ required: true, message: t('validation.leadUserRequired') }]}
        >
          <Select
            placeholder={t('common.choose')}
            loading={isLoading}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      )}
    </>
  );
}
