import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { App, DatePicker, Descriptions, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, formatDate, isoDate } from '../../graduates/format';
import { useCancelActivity, useCompleteActivity, useMoveActivity } from '../usePlanChanges';
import { LIMITS, type Activity, type Plan } from '../vocabulary';

interface ActivityActionProps {
  plan: Plan;
  activity: Activity;
  onClose: () => void;
}

/** The activity the dialog is about: its title, domain and due date. */
function ActivitySummary({ activity }: { activity: Activity }) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'title', label: t('fields.title'), children: activity.title },
        {
          key: 'domain',
          label: t('fields.domain'),
          children: labelOf(LIFE_DOMAIN_LABELS, activity.domain),
        },
        { key: 'dueOn', label: t('fields.dueOn'), children: formatDate(activity.dueOn) },
      ]}
    />
  );
}

interface DoneValues {
  doneOn: Dayjs | null;
  result?: string;
}

/** «Выполнено»: the day it was done and what came of it. */
export function CompleteActivityModal({ plan, activity, onClose }: ActivityActionProps) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const [form] = Form.useForm<DoneValues>();
  const today = useInstitutionToday();
  const complete = useCompleteActivity();

  const submit = ({ doneOn, result }: DoneValues) => {
    if (!doneOn || !result) return;
    complete.mutate(
      {
        params: { path: { planId: plan.id, activityId: activity.id } },
        body: { version: plan.version, doneOn: isoDate(doneOn), result: result.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('activities.completed'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<DoneValues>
      title={t('activities.completeTitle')}
      okText={t('activities.complete')}
      form={form}
      testId="complete-activity-form"
      initialValues={{ doneOn: today }}
      submitting={complete.isPending}
      error={complete.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ActivitySummary activity={activity} />
      <Form.Item
        label={t('fields.doneOn')}
        name="doneOn"
        rules={[
          { required: true, message: t('validation.doneOnRequired') },
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
          placeholder={t('form.datePlaceholder')}
          disabledDate={(day) => day.isAfter(today, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.result')}
        name="result"
        rules={[
          { required: true, whitespace: true, message: t('validation.resultRequired') },
          { max: LIMITS.result, message: t('validation.textLength', { max: LIMITS.result }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('activities.resultPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}

interface MoveValues {
  dueOn: Dayjs | null;
  reason?: string;
}

/** «Перенести»: a new due date and the reason; the old dates are kept and shown. */
export function MoveActivityModal({ plan, activity, onClose }: ActivityActionProps) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveActivity();

  const submit = ({ dueOn, reason }: MoveValues) => {
    if (!dueOn || !reason) return;
    move.mutate(
      {
        params: { path: { planId: plan.id, activityId: activity.id } },
        body: { version: plan.version, dueOn: isoDate(dueOn), reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('activities.moved'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<MoveValues>
      title={t('activities.moveTitle')}
      okText={t('activities.move')}
      form={form}
      testId="move-activity-form"
      submitting={move.isPending}
      error={move.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ActivitySummary activity={activity} />
      {activity.moves.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('activities.earlierDates')}</Typography.Text>
          {activity.moves.map((moved) => (
            <div key={moved.at}>
              <Typography.Text delete>{formatDate(moved.from)}</Typography.Text> →{' '}
              {formatDate(moved.to)}: {moved.reason}
            </div>
          ))}
        </div>
      )}
      <Form.Item
        label={t('activities.newDueOn')}
        name="dueOn"
        rules={[
          { required: true, message: t('validation.dueOnRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value && isoDate(value) === activity.dueOn
                ? Promise.reject(new Error(t('validation.sameDueOn')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.moveReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('validation.reasonRequired') },
          { max: LIMITS.reason, message: t('validation.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('activities.moveReasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}

interface CancelValues {
  reason?: string;
}

/** «Отменить»: the activity stays in the plan, cancelled, with the reason. */
export function CancelActivityModal({ plan, activity, onClose }: ActivityActionProps) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const [form] = Form.useForm<CancelValues>();
  const cancel = useCancelActivity();

  const submit = ({ reason }: CancelValues) => {
    if (!reason) return;
    cancel.mutate(
      {
        params: { path: { planId: plan.id, activityId: activity.id } },
        body: { version: plan.version, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('activities.cancelled'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<CancelValues>
      title={t('activities.cancelTitle')}
      okText={t('activities.cancel')}
      danger
      form={form}
      testId="cancel-activity-form"
      submitting={cancel.isPending}
      error={cancel.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ActivitySummary activity={activity} />
      <Form.Item
        label={t('fields.cancelReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('validation.reasonRequired') },
          { max: LIMITS.reason, message: t('validation.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('activities.cancelReasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
