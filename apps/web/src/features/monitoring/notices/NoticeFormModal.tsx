import { NOTICE_TRIGGER_LABELS } from '@postcare/domain';
import { Alert, App, AutoComplete, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useOwnInstitution } from '../../../shared/auth/useOwnInstitution';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import {
  LIMITS,
  NOTICE_TRIGGERS,
  type Notice,
  type NoticeSource,
  type NoticeTrigger,
} from '../vocabulary';
import { useCreateNotice, useUpdateNotice } from './useNotices';

/** What a new notice starts from: e.g. the crisis an assessment found. */
export interface NoticeDraft {
  trigger?: NoticeTrigger;
  finding?: string;
  foundOn?: string;
  source?: NoticeSource;
  sourceId?: string;
}

interface NoticeValues {
  trigger?: NoticeTrigger;
  foundOn?: Dayjs | null;
  finding?: string;
  measures?: string;
  recipient?: string;
}

/** The guardianship bodies the institution reports to, the first one the default. */
function useRecipients(): string[] {
  const institution = useOwnInstitution().data;
  const bodies = [
    ...(institution?.monitoring.guardianshipBodies ?? []),
    institution?.guardianshipBody ?? '',
  ].filter(Boolean);
  return [...new Set(bodies)];
}

/**
 * A notice to the guardianship body: opened (from an assessment's finding, pre-filled, or
 * by hand) or corrected while not yet sent. The API sets the due date by the
 * institution's rule and whether informing is mandatory.
 */
export function NoticeFormModal({
  graduateId,
  notice,
  draft,
  onClose,
}: {
  graduateId: string;
  /** The notice to correct (still to send); none to open a new one. */
  notice?: Notice;
  draft?: NoticeDraft;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeValues>();
  const typed = useFormDraft(`notice.${notice?.id ?? `new.${graduateId}`}`, form);
  const today = useInstitutionToday();
  const recipients = useRecipients();
  const create = useCreateNotice();
  const update = useUpdateNotice();
  const mutation = notice ? update : create;
  const defaultRecipient = recipients[0];

  // The institution may load after the dialog opened: offer its first body then.
  useEffect(() => {
    if (!notice && defaultRecipient && !form.getFieldValue('recipient')) {
      form.setFieldValue('recipient', defaultRecipient);
    }
  }, [notice, defaultRecipient, form]);

  const submit = (values: NoticeValues) => {
    const finding = values.finding?.trim() ?? '';
    const measures = values.measures?.trim() ?? '';
    const recipient = values.recipient?.trim() ?? '';
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (notice) {
      update.mutate(
        {
          params: { path: { id: notice.id } },
          body: { version: notice.version, finding, measures, recipient },
        },
        {
          onSuccess: () => {
            typed.clear();
            void message.success(t('notices.form.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    if (!values.trigger || !values.foundOn) return;
    create.mutate(
      {
        body: {
          graduateId,
          trigger: values.trigger,
          foundOn: isoDate(values.foundOn),
          finding,
          measures,
          recipient: recipient || undefined,
          source: draft?.source ?? 'other',
          sourceId: draft?.sourceId,
        },
      },
      {
        onSuccess: (saved) => {
          typed.clear();
          void message.success(t('notices.form.created', { date: formatDate(saved.dueOn) }));
          onClose();
        },
        onError,
      },
    );
  };

  const initialValues: NoticeValues = notice
    ? {
        trigger: notice.trigger,
        foundOn: pickerDate(notice.foundOn),
        finding: notice.finding,
        measures: notice.measures,
        recipient: notice.recipient,
      }
    : {
        trigger: draft?.trigger,
        foundOn: draft?.foundOn ? pickerDate(draft.foundOn) : today,
        finding: draft?.finding,
        recipient: recipients[0],
      };

  return (
    <FormModal<NoticeValues>
      title={t(notice ? 'notices.form.editTitle' : 'notices.form.createTitle')}
      okText={notice ? t('common.save') : t('notices.form.create')}
      form={form}
      width={720}
      testId="notice-form"
      draft={typed}
      initialValues={initialValues}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {draft?.source === 'assessment' && draft.foundOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('notices.form.fromAssessment', { date: formatDate(draft.foundOn) })}
        />
      )}
      <Flex gap={16} wrap>
        <Form.Item
          label={t('notices.trigger')}
          name="trigger"
          style={{ flex: '1 1 280px' }}
          rules={[{ required: true, message: t('notices.form.triggerRequired') }]}
        >
          <Select
            disabled={Boolean(notice)}
            placeholder={t('common.choose')}
            options={NOTICE_TRIGGERS.map((value) => ({
              value,
              label: labelOf(NOTICE_TRIGGER_LABELS, value),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('notices.foundOn')}
          name="foundOn"
          rules={[
            { required: true, message: t('notices.form.foundOnRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value?.isAfter(today, 'day')
                  ? Promise.reject(new Error(t('common.futureDate')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            disabled={Boolean(notice)}
            format={DATE_FORMAT}
            placeholder={t('common.datePlaceholder')}
            disabledDate={(day) => day.isAfter(today, 'day')}
            style={{ width: 180 }}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        label={t('notices.finding')}
        name="finding"
        rules={[
          { required: true, whitespace: true, message: t('notices.form.findingRequired') },
          { max: LIMITS.finding, message: t('common.textLength', { max: LIMITS.finding }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={t('notices.form.findingPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.measures')}
        name="measures"
        rules={[
          { max: LIMITS.measures, message: t('common.textLength', { max: LIMITS.measures }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('notices.form.measuresPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.recipient')}
        name="recipient"
        rules={[
          { required: true, whitespace: true, message: t('notices.form.recipientRequired') },
          { max: LIMITS.recipient, message: t('common.textLength', { max: LIMITS.recipient }) },
        ]}
      >
        <AutoComplete
          placeholder={t('notices.recipientPlaceholder')}
          options={recipients.map((value) => ({ value }))}
        />
      </Form.Item>
    </FormModal>
  );
}
