import { Alert, App, DatePicker, Descriptions, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import { useEndAssignment } from '../useAssignments';
import { LIMITS, type Assignment } from '../vocabulary';

interface EndValues {
  endsOn: Dayjs | null;
  reason?: string;
}

/**
 * «Завершить закрепление»: the day it ends and why. The day is the first one WITHOUT
 * access — on it the curator no longer sees the graduate — so ending today removes the
 * graduate from the curator's list at once, and ending tomorrow leaves today's visit.
 */
export function EndAssignmentModal({
  assignment,
  onClose,
}: {
  assignment: Assignment;
  onClose: () => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  const today = useInstitutionToday();
  const end = useEndAssignment();
  const startsOn = pickerDate(assignment.startsOn);
  const endsOn = Form.useWatch('endsOn', form);

  const submit = ({ endsOn: day, reason }: EndValues) => {
    if (!day) return;
    end.mutate(
      {
        params: { path: { id: assignment.id } },
        body: { version: assignment.version, endsOn: isoDate(day), reason: reason?.trim() ?? '' },
      },
      {
        onSuccess: () => {
          void message.success(t('assignments.ended'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const lastDay = endsOn ? endsOn.subtract(1, 'day') : null;

  return (
    <FormModal<EndValues>
      title={t('assignments.endTitle')}
      okText={t('assignments.endSubmit')}
      danger
      form={form}
      testId="end-assignment-form"
      initialValues={{ endsOn: startsOn && startsOn.isAfter(today, 'day') ? startsOn : today }}
      submitting={end.isPending}
      error={end.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'curator',
            label: t('assignments.curator'),
            children: assignment.curator.fullName,
          },
          {
            key: 'graduate',
            label: t('assignments.graduate'),
            children: assignment.graduate.fullName,
          },
          {
            key: 'startsOn',
            label: t('assignments.startsOn'),
            children: formatDate(assignment.startsOn),
          },
          { key: 'goal', label: t('assignments.goal'), children: assignment.goal },
        ]}
      />
      <Form.Item
        label={t('assignments.endsOnFirstDay')}
        name="endsOn"
        extra={t('assignments.endsOnExplained')}
        rules={[
          { required: true, message: t('assignments.endsOnRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value && startsOn && value.isBefore(startsOn, 'day')
                ? Promise.reject(
                    new Error(
                      t('assignments.endsBeforeStart', { date: formatDate(assignment.startsOn) }),
                    ),
                  )
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(day) => Boolean(startsOn && day.isBefore(startsOn, 'day'))}
          style={{ width: 200 }}
        />
      </Form.Item>
      {endsOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="access-until"
          title={
            endsOn.isAfter(today, 'day')
              ? t('assignments.accessUntil', { date: formatDate(isoDate(lastDay ?? endsOn)) })
              : t('assignments.accessEndsNow')
          }
        />
      )}
      <Form.Item
        label={t('assignments.endReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('assignments.endReasonRequired') },
          { max: LIMITS.reason, message: t('validation.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('assignments.endReasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
