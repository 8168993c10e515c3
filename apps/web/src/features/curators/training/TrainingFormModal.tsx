import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate, pickerDate } from '../../graduates/format';
import { useCreateTraining, useUpdateTraining } from '../useTraining';
import { LIMITS, type TrainingSession } from '../vocabulary';

interface TrainingValues {
  heldOn: Dayjs | null;
  topic?: string;
  trainer?: string;
  hours?: number | null;
}

/**
 * «Новое занятие» or editing one: the day (a future day plans it; attendance is marked on
 * the day or later), the topic, who taught and how many hours it counts.
 */
export function TrainingFormModal({
  session,
  onClose,
  onCreated,
}: {
  /** The session to edit; none to add one. */
  session?: TrainingSession;
  onClose: () => void;
  onCreated?: (session: TrainingSession) => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingValues>();
  const today = useInstitutionToday();
  const create = useCreateTraining();
  const update = useUpdateTraining();
  const mutation = session ? update : create;
  const attended = Boolean(session?.attendees.length);

  const submit = (values: TrainingValues) => {
    if (!values.heldOn || !values.hours) return;
    const body = {
      heldOn: isoDate(values.heldOn),
      topic: values.topic?.trim() ?? '',
      trainer: values.trainer?.trim() ?? '',
      hours: values.hours,
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (session) {
      update.mutate(
        { params: { path: { id: session.id } }, body: { ...body, version: session.version } },
        {
          onSuccess: () => {
            void message.success(t('training.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { body },
        {
          onSuccess: (created) => {
            void message.success(t('training.added'));
            // Closed first, so that the next dialog the caller opens stays open.
            onClose();
            onCreated?.(created);
          },
          onError,
        },
      );
    }
  };

  return (
    <FormModal<TrainingValues>
      title={session ? t('training.editTitle') : t('training.addTitle')}
      okText={session ? t('form.save') : t('training.addSubmit')}
      form={form}
      width={640}
      testId="training-form"
      initialValues={
        session
          ? {
              heldOn: pickerDate(session.heldOn),
              topic: session.topic,
              trainer: session.trainer,
              hours: session.hours,
            }
          : { heldOn: today, hours: 2 }
      }
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {attended && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('training.editAttendedHint')}
        />
      )}
      <Form.Item
        label={t('training.topic')}
        name="topic"
        rules={[
          { required: true, whitespace: true, message: t('training.topicRequired') },
          {
            min: LIMITS.topicMin,
            max: LIMITS.topic,
            message: t('training.topicLength', { min: LIMITS.topicMin, max: LIMITS.topic }),
          },
        ]}
      >
        <Input autoComplete="off" placeholder={t('training.topicPlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('training.heldOn')}
            name="heldOn"
            extra={t('training.heldOnHint')}
            rules={[
              { required: true, message: t('training.heldOnRequired') },
              {
                validator: (_, value: Dayjs | null) =>
                  attended && value?.isAfter(today, 'day')
                    ? Promise.reject(new Error(t('training.attendedNotFuture')))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('training.hours')}
            name="hours"
            rules={[
              {
                required: true,
                type: 'integer',
                min: LIMITS.hoursMin,
                max: LIMITS.hoursMax,
                message: t('training.hoursRange', { min: LIMITS.hoursMin, max: LIMITS.hoursMax }),
              },
            ]}
          >
            <InputNumber
              min={LIMITS.hoursMin}
              max={LIMITS.hoursMax}
              precision={0}
              suffix={t('training.hoursUnit')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('training.trainer')}
        name="trainer"
        rules={[
          { max: LIMITS.trainer, message: t('validation.textLength', { max: LIMITS.trainer }) },
        ]}
      >
        <Input autoComplete="off" placeholder={t('training.trainerPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
