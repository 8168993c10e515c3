import { NOTICE_METHOD_LABELS, NOTICE_TRIGGER_LABELS } from '@postcare/domain';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import { LIMITS, NOTICE_METHODS, SCAN_TYPES, type Notice, type NoticeMethod } from '../vocabulary';
import { useAnswerNotice, useCancelNotice, useSendNotice, useUploadNoticeScan } from './useNotices';

interface NoticeActionProps {
  notice: Notice;
  onClose: () => void;
}

/** The notice a dialog is about: whom, why, found when, due when. */
function NoticeSummary({ notice }: { notice: Notice }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'graduate', label: t('notices.graduate'), children: notice.graduate.fullName },
        {
          key: 'trigger',
          label: t('notices.trigger'),
          children: labelOf(NOTICE_TRIGGER_LABELS, notice.trigger),
        },
        { key: 'foundOn', label: t('notices.foundOn'), children: formatDate(notice.foundOn) },
        { key: 'recipient', label: t('notices.recipient'), children: notice.recipient },
      ]}
    />
  );
}

/** A day picker that refuses days after the institution's today and before `notBefore`. */
function dayRules(
  today: Dayjs,
  messages: { required: string; future: string },
  notBefore?: { day: string; message: string },
) {
  return [
    { required: true, message: messages.required },
    {
      validator: (_: unknown, value: Dayjs | null) => {
        if (value?.isAfter(today, 'day')) return Promise.reject(new Error(messages.future));
        if (value && notBefore && isoDate(value) < notBefore.day) {
          return Promise.reject(new Error(notBefore.message));
        }
        return Promise.resolve();
      },
    },
  ];
}

interface SendValues {
  sentOn: Dayjs | null;
  method?: NoticeMethod;
  outgoingNumber?: string;
}

/** «Отметить отправку»: the day, the way and the outgoing number. */
export function SendNoticeModal({ notice, onClose }: NoticeActionProps) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<SendValues>();
  const today = useInstitutionToday();
  const send = useSendNotice();

  const submit = ({ sentOn, method, outgoingNumber }: SendValues) => {
    if (!sentOn || !method) return;
    send.mutate(
      {
        params: { path: { id: notice.id } },
        body: {
          version: notice.version,
          sentOn: isoDate(sentOn),
          method,
          outgoingNumber: outgoingNumber?.trim() ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('notices.send.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<SendValues>
      title={t('notices.send.title')}
      okText={t('notices.send.submit')}
      form={form}
      testId="send-notice-form"
      initialValues={{ sentOn: today, method: 'letter' }}
      submitting={send.isPending}
      error={send.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NoticeSummary notice={notice} />
      <Form.Item
        label={t('notices.sentOn')}
        name="sentOn"
        rules={dayRules(
          today,
          { required: t('notices.send.sentOnRequired'), future: t('common.futureDate') },
          {
            day: notice.foundOn,
            message: t('notices.send.beforeFound', { date: formatDate(notice.foundOn) }),
          },
        )}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('common.datePlaceholder')}
          disabledDate={(day) =>
            day.isAfter(today, 'day') || day.isBefore(pickerDate(notice.foundOn), 'day')
          }
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.method')}
        name="method"
        rules={[{ required: true, message: t('notices.send.methodRequired') }]}
      >
        <Radio.Group
          options={NOTICE_METHODS.map((value) => ({
            value,
            label: labelOf(NOTICE_METHOD_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.outgoingNumber')}
        name="outgoingNumber"
        rules={[
          {
            max: LIMITS.outgoingNumber,
            message: t('common.textLength', { max: LIMITS.outgoingNumber }),
          },
        ]}
      >
        <Input placeholder={t('notices.send.numberPlaceholder')} style={{ width: 260 }} />
      </Form.Item>
    </FormModal>
  );
}

interface AnswerValues {
  answeredOn: Dayjs | null;
  answerText?: string;
}

/** «Записать ответ»: the day the guardianship body answered and what it said. */
export function AnswerNoticeModal({ notice, onClose }: NoticeActionProps) {
  const { t } = useTranslation('monitoring');
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const today = useInstitutionToday();
  const answer = useAnswerNotice();
  const sentOn = notice.sentOn ?? notice.foundOn;

  const submit = ({ answeredOn, answerText }: AnswerValues) => {
    if (!answeredOn || !answerText) return;
    answer.mutate(
      {
        params: { path: { id: notice.id } },
        body: {
          version: notice.version,
          answeredOn: isoDate(answeredOn),
          answerText: answerText.trim(),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('notices.answer.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<AnswerValues>
      title={t('notices.answer.title')}
      okText={t('notices.answer.submit')}
      form={form}
      width={640}
      testId="answer-notice-form"
      initialValues={{ answeredOn: today }}
      submitting={answer.isPending}
      error={answer.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NoticeSummary notice={notice} />
      <Form.Item
        label={t('notices.answeredOn')}
        name="answeredOn"
        rules={dayRules(
          today,
          { required: t('notices.answer.answeredOnRequired'), future: t('common.futureDate') },
          {
            day: sentOn,
            message: t('notices.answer.beforeSent', { date: formatDate(sentOn) }),
          },
        )}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('common.datePlaceholder')}
          disabledDate={(day) =>
            day.isAfter(today, 'day') || day.isBefore(pickerDate(sentOn), 'day')
          }
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.answerText')}
        name="answerText"
        rules={[
          { required: true, whitespace: true, message: t('notices.answer.answerTextRequired') },
          { max: LIMITS.answerText, message: t('common.textLength', { max: LIMITS.answerText }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}

interface CancelValues {
  reason?: string;
}

/** «Отменить»: a notice opened by mistake is cancelled with the reason and kept. */
export function CancelNoticeModal({ notice, onClose }: NoticeActionProps) {
  const { t } = useTranslation('monitoring');
  const { message } = App.useApp();
  const [form] = Form.useForm<CancelValues>();
  const cancel = useCancelNotice();

  const submit = ({ reason }: CancelValues) => {
    if (!reason) return;
    cancel.mutate(
      {
        params: { path: { id: notice.id } },
        body: { version: notice.version, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('notices.cancel.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<CancelValues>
      title={t('notices.cancel.title')}
      okText={t('notices.cancel.submit')}
      danger
      form={form}
      testId="cancel-notice-form"
      submitting={cancel.isPending}
      error={cancel.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NoticeSummary notice={notice} />
      <Typography.Paragraph type="secondary">{t('notices.cancel.hint')}</Typography.Paragraph>
      <Form.Item
        label={t('notices.cancelReason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('notices.cancel.reasonRequired') },
          { max: LIMITS.reason, message: t('common.textLength', { max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

interface ScanValues {
  kind: 'letter' | 'answer';
  scan?: UploadFile[];
}

/** Why a picked scan would be refused, as a dictionary key; null when it fits. */
function scanProblem(file: File): 'fileTooLarge' | 'fileType' | null {
  if (file.size > LIMITS.scanBytes) return 'fileTooLarge';
  if (!SCAN_TYPES.includes(file.type)) return 'fileType';
  return null;
}

/** «Прикрепить скан»: the letter as sent, or the answer once it is recorded. */
export function UploadNoticeScanModal({ notice, onClose }: NoticeActionProps) {
  const { t } = useTranslation('monitoring');
  const { message } = App.useApp();
  const [form] = Form.useForm<ScanValues>();
  const upload = useUploadNoticeScan();
  const answered = notice.status === 'answered';

  const submit = ({ kind, scan }: ScanValues) => {
    const file = scan?.[0]?.originFileObj;
    if (!file) return;
    upload.mutate(
      { noticeId: notice.id, version: notice.version, kind, file },
      {
        onSuccess: () => {
          void message.success(t('notices.scan.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<ScanValues>
      title={t('notices.scan.title')}
      okText={t('notices.scan.submit')}
      form={form}
      testId="notice-scan-form"
      initialValues={{ kind: answered && !notice.answerScanFileId ? 'answer' : 'letter' }}
      submitting={upload.isPending}
      error={upload.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NoticeSummary notice={notice} />
      <Form.Item label={t('notices.scan.kind')} name="kind">
        <Radio.Group
          options={(['letter', 'answer'] as const).map((value) => ({
            value,
            label: t(`notices.scan.kinds.${value}`),
            disabled: value === 'answer' && !answered,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('notices.scan.file')}
        name="scan"
        extra={t('notices.scan.hint')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        rules={[
          { required: true, message: t('notices.scan.fileRequired') },
          {
            validator: (_, list: UploadFile[] | undefined) => {
              const file = list?.[0]?.originFileObj;
              const problem = file && scanProblem(file);
              return problem
                ? Promise.reject(new Error(t(`notices.scan.${problem}`)))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Upload beforeUpload={() => false} maxCount={1} accept={SCAN_TYPES.join(',')}>
          <Button>{t('notices.scan.choose')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
