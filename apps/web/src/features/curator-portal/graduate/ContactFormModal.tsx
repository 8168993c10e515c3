import { CONTACT_KIND_LABELS, CONTACT_OUTCOME_LABELS } from '@postcare/domain';
import { App, Checkbox, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useAddMyContact } from '../usePortal';
import {
  CONTACT_OUTCOMES,
  CURATOR_CONTACT_KINDS,
  LIMITS,
  isOpen,
  localNow,
  type ContactKind,
  type ContactOutcome,
  type MyActivity,
} from '../vocabulary';

interface ContactValues {
  occurredAt: string;
  kind?: ContactKind;
  outcome: ContactOutcome;
  summary?: string;
  nextSteps?: string;
  activityIds?: string[];
}

/** Big, one-per-line choices: easy to hit with a thumb. */
const STACKED = { display: 'flex', flexDirection: 'column', gap: 8 } as const;

/**
 * «Записать контакт»: a visit, a meeting, a call or a message — when (now to begin with,
 * never later), what kind, whether it took place, what happened, what next, and which of
 * the curator's activities it served. It goes to the graduate's case log with the curator
 * named, where the specialist sees it.
 */
export function ContactFormModal({
  graduateId,
  activities,
  onClose,
}: {
  graduateId: string;
  activities: MyActivity[];
  onClose: () => void;
}) {
  const { t } = useTranslation('curatorPortal');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const add = useAddMyContact();
  const now = localNow();
  const open = activities.filter(isOpen);

  const submit = (values: ContactValues) => {
    if (!values.kind) return;
    add.mutate(
      {
        params: { path: { id: graduateId } },
        body: {
          // The phone's clock, with its offset: the moment is the same wherever read.
          occurredAt: dayjs(values.occurredAt).format(),
          kind: values.kind,
          outcome: values.outcome,
          summary: values.summary?.trim() ?? '',
          nextSteps: values.nextSteps?.trim() ?? '',
          activityIds: values.activityIds ?? [],
        },
      },
      {
        onSuccess: () => {
          void message.success(t('contacts.added'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<ContactValues>
      title={t('contacts.addTitle')}
      okText={t('contacts.submit')}
      form={form}
      testId="my-contact-form"
      initialValues={{ occurredAt: now, outcome: 'held', activityIds: [] }}
      submitting={add.isPending}
      error={add.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('contacts.kind')}
        name="kind"
        rules={[{ required: true, message: t('contacts.kindRequired') }]}
      >
        <Radio.Group
          style={STACKED}
          options={CURATOR_CONTACT_KINDS.map((value) => ({
            value,
            label: labelOf(CONTACT_KIND_LABELS, value),
            style: { padding: '6px 0', fontSize: 16 },
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('contacts.occurredAt')}
        name="occurredAt"
        rules={[
          { required: true, message: t('contacts.occurredAtRequired') },
          {
            validator: (_, value: string | undefined) =>
              value && dayjs(value).isAfter(dayjs().add(1, 'minute'))
                ? Promise.reject(new Error(t('contacts.futureMoment')))
                : Promise.resolve(),
          },
        ]}
      >
        <Input type="datetime-local" size="large" max={now} />
      </Form.Item>
      <Form.Item label={t('contacts.outcome')} name="outcome">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          style={{ display: 'flex', flexWrap: 'wrap' }}
          options={CONTACT_OUTCOMES.map((value) => ({
            value,
            label: labelOf(CONTACT_OUTCOME_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('contacts.summary')}
        name="summary"
        rules={[
          { required: true, whitespace: true, message: t('contacts.summaryRequired') },
          { max: LIMITS.summary, message: t('common.textLength', { max: LIMITS.summary }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={t('contacts.summaryPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        label={t('contacts.nextSteps')}
        name="nextSteps"
        rules={[
          { max: LIMITS.nextSteps, message: t('common.textLength', { max: LIMITS.nextSteps }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
      {open.length > 0 && (
        <Form.Item label={t('contacts.activities')} name="activityIds">
          <Checkbox.Group
            style={STACKED}
            options={open.map((activity) => ({
              value: activity.id,
              label: activity.title,
              style: { padding: '4px 0' },
            }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
