import type { Schemas } from '@postcare/api-client';
import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../shared/time/useInstitutionToday';
import { FormModal } from '../../shared/ui/FormModal';
import { DATE_FORMAT, formatDate, isoDate } from '../graduates/format';
import { useAnswerSubjectRequest } from './usePrivacy';

interface Values {
  answeredOn: Dayjs;
  answer?: string;
}

/** Marks a request answered on a day, with what was told or corrected. */
export function AnswerRequestModal({
  request,
  onClose,
}: {
  request: Schemas['SubjectRequestDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('privacy');
  const { message } = App.useApp();
  const today = useInstitutionToday();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerSubjectRequest();
  const received = dayjs(request.receivedOn);

  const submit = (values: Values) =>
    answer.mutate(
      {
        params: { path: { graduateId: request.graduateId, requestId: request.id } },
        body: {
          version: request.version,
          answeredOn: isoDate(values.answeredOn),
          answer: values.answer ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('requests.answerSaved'));
          onClose();
        },
      },
    );

  return (
    <FormModal<Values>
      title={t('requests.answerTitle', { date: formatDate(request.receivedOn) })}
      okText={t('requests.answer')}
      form={form}
      initialValues={{ answeredOn: today }}
      submitting={answer.isPending}
      error={answer.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('requests.answeredOn')}
        name="answeredOn"
        rules={[{ required: true, message: t('requests.dateRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(received, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('requests.answerText')} name="answer">
        <Input.TextArea maxLength={4000} rows={3} />
      </Form.Item>
    </FormModal>
  );
}
