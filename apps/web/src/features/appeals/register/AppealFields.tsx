import { APPEAL_CHANNEL_LABELS } from '@postcare/domain';
import { DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { APPEAL_CHANNELS } from '../appeal/appealStatuses';
import { CaseWorkerSelect } from '../common/CaseWorkerSelect';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { isFutureDay } from '../common/dates';
import { DictionarySelect } from '../common/DictionarySelect';

/** Step 2: how and when the person asked, what the problems are, who will work on it. */
export function AppealFields() {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  return (
    <>
      <Form.Item
        label={t('fields.channel')}
        name="channel"
        rules={[{ required: true, message: t('validation.channelRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={APPEAL_CHANNELS.map((value) => ({
            value,
            label: labelOf(APPEAL_CHANNEL_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.registeredAt')}
        name="registeredAt"
        rules={[{ required: true, message: t('validation.registeredAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="L HH:mm"
          disabledDate={(day) => isFutureDay(day, today)}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.problems')}
        name="problemIds"
        rules={[
          { required: true, message: t('validation.problemsRequired') },
          { type: 'array', max: 20, message: t('validation.problemsTooMany') },
        ]}
      >
        <DictionarySelect<string[]>
          kind="problem"
          mode="multiple"
          placeholder={t('register.problemsPlaceholder')}
          data-testid="appeal-problems"
        />
      </Form.Item>
      <Form.Item
        label={t('fields.description')}
        name="description"
        rules={[{ max: 4000, message: t('validation.descriptionLength') }]}
      >
        <Input.TextArea rows={4} placeholder={t('register.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('fields.specialist')}
        name="assignedSpecialistId"
        extra={t('register.specialistHint')}
      >
        <CaseWorkerSelect allowClear placeholder={t('common.unassignedQueue')} />
      </Form.Item>
    </>
  );
}
