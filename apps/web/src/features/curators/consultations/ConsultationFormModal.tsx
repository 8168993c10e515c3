import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { useAssignableStaff } from '../../graduates/useAssignableStaff';
import { useAssignments } from '../useAssignments';
import { useAddConsultation } from '../useConsultations';
import { LIMITS, type Curator } from '../vocabulary';

interface ConsultationValues {
  heldOn: Dayjs | null;
  topic?: string;
  notes?: string;
  graduateId?: string;
  staffUserId?: string;
}

/**
 * «Записать консультацию» (000 §7.1.9): help the service gave the curator — when, who
 * consulted (the user by default), the topic and notes, and the graduate it was about.
 */
export function ConsultationFormModal({
  curator,
  onClose,
}: {
  curator: Curator;
  onClose: () => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsultationValues>();
  const today = useInstitutionToday();
  const me = useCurrentUser().data;
  const { staff, isLoading } = useAssignableStaff();
  const assignments = useAssignments({ curatorId: curator.id });
  const add = useAddConsultation();
  const graduates = new Map(
    (assignments.data ?? []).map(({ graduate }) => [graduate.id, graduate.fullName]),
  );
  const staffOptions = staff.map(({ id, fullName }) => ({ value: id, label: fullName }));
  if (me && !staffOptions.some(({ value }) => value === me.id))
    staffOptions.unshift({ value: me.id, label: me.fullName });

  const submit = (values: ConsultationValues) => {
    if (!values.heldOn) return;
    add.mutate(
      {
        params: { path: { id: curator.id } },
        body: {
          heldOn: isoDate(values.heldOn),
          topic: values.topic?.trim() ?? '',
          notes: values.notes?.trim() ?? '',
          graduateId: values.graduateId,
          staffUserId: values.staffUserId,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('consultations.added'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<ConsultationValues>
      title={t('consultations.addTitle', { name: curator.fullName })}
      okText={t('consultations.submit')}
      form={form}
      width={640}
      testId="consultation-form"
      initialValues={{ heldOn: today, staffUserId: me?.id }}
      submitting={add.isPending}
      error={add.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('consultations.heldOn')}
        name="heldOn"
        rules={[
          { required: true, message: t('consultations.heldOnRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value?.isAfter(today, 'day')
                ? Promise.reject(new Error(t('validation.futureDate')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(day) => day.isAfter(today, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('consultations.topic')}
        name="topic"
        rules={[
          { required: true, whitespace: true, message: t('consultations.topicRequired') },
          {
            min: LIMITS.topicMin,
            max: LIMITS.topic,
            message: t('consultations.topicLength', { min: LIMITS.topicMin, max: LIMITS.topic }),
          },
        ]}
      >
        <Input placeholder={t('consultations.topicPlaceholder')} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('consultations.notes')}
        name="notes"
        rules={[{ max: LIMITS.notes, message: t('validation.textLength', { max: LIMITS.notes }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label={t('consultations.staff')} name="staffUserId">
        <Select
          loading={isLoading}
          options={staffOptions}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={t('consultations.graduate')} name="graduateId">
        <Select
          allowClear
          placeholder={t('consultations.noGraduate')}
          loading={assignments.isLoading}
          options={[...graduates].map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
    </FormModal>
  );
}
