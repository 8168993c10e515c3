import {
  SUBJECT_REQUEST_CHANNELS,
  SUBJECT_REQUEST_CHANNEL_LABELS,
  SUBJECT_REQUEST_KINDS,
} from '@postcare/domain';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { useInstitutionToday } from '../../shared/time/useInstitutionToday';
import { FormModal } from '../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../graduates/format';
import { useCreateSubjectRequest } from './usePrivacy';

const KINDS = SUBJECT_REQUEST_KINDS;
const CHANNELS = SUBJECT_REQUEST_CHANNELS;

interface Values {
  kind: (typeof KINDS)[number];
  receivedOn: Dayjs;
  channel: (typeof CHANNELS)[number];
  requester?: string;
  notes?: string;
}

/** Records a request of the data subject; the API counts the working days to answer. */
export function RegisterRequestModal({
  graduateId,
  onClose,
}: {
  graduateId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('privacy');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const today = useInstitutionToday();
  const [form] = Form.useForm<Values>();
  const create = useCreateSubjectRequest();

  const submit = (values: Values) =>
    create.mutate(
      {
        params: { path: { graduateId } },
        body: {
          kind: values.kind,
          receivedOn: isoDate(values.receivedOn),
          channel: values.channel,
          requester: values.requester ?? '',
          notes: values.notes ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('requests.registered'));
          onClose();
        },
      },
    );

  return (
    <FormModal<Values>
      title={t('requests.registerTitle')}
      okText={t('requests.register')}
      form={form}
      initialValues={{ kind: 'access', receivedOn: today, channel: 'in_person' }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
      testId="register-request-form"
    >
      <Form.Item label={t('requests.kind')} name="kind">
        <Select options={KINDS.map((k) => ({ value: k, label: t(`requests.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('requests.receivedOn')}
        name="receivedOn"
        rules={[{ required: true, message: t('requests.dateRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(day) => day.isAfter(today, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('requests.channel')} name="channel">
        <Select
          options={CHANNELS.map((c) => ({
            value: c,
            label: labelOf(SUBJECT_REQUEST_CHANNEL_LABELS, c),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('requests.requester')}
        name="requester"
        extra={t('requests.requesterHint')}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label={t('requests.notes')} name="notes">
        <Input.TextArea maxLength={2000} rows={3} />
      </Form.Item>
    </FormModal>
  );
}
