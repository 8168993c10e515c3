import { App, DatePicker, Descriptions, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import { usePartnerKindLabel } from '../kinds';
import { useAcceptReferral, useCompleteReferral, useDeclineReferral } from '../useReferrals';
import { LIMITS, type Referral, type ReferralStep } from '../vocabulary';

interface StepValues {
  on: Dayjs | null;
  result?: string;
}

/** The mutation of each step: all take the version, the day and a result. */
function useStep(step: ReferralStep) {
  const accept = useAcceptReferral();
  const complete = useCompleteReferral();
  const decline = useDeclineReferral();
  return { accept, complete, decline }[step];
}

/**
 * «Принят», «Выполнено» or «Отказ»: the day (not before the referral, not after the
 * institution's today) and what came of it — a result for «Выполнено», the reason for
 * «Отказ», a comment at will for «Принят».
 */
export function ReferralStepModal({
  referral,
  step,
  onClose,
}: {
  referral: Referral;
  step: ReferralStep;
  onClose: () => void;
}) {
  const { t } = useTranslation('partners');
  const { message } = App.useApp();
  const kindLabel = usePartnerKindLabel();
  const [form] = Form.useForm<StepValues>();
  const today = useInstitutionToday();
  const mutation = useStep(step);
  const referredOn = pickerDate(referral.referredOn);
  const resultRequired = step !== 'accept';

  const submit = ({ on, result }: StepValues) => {
    if (!on) return;
    mutation.mutate(
      {
        params: { path: { id: referral.id } },
        body: { version: referral.version, on: isoDate(on), result: result?.trim() || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t(`steps.${step}.done`));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<StepValues>
      title={t(`steps.${step}.title`)}
      okText={t(`steps.${step}.submit`)}
      danger={step === 'decline'}
      form={form}
      testId={`referral-${step}-form`}
      initialValues={{ on: today }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'graduate', label: t('referral.graduate'), children: referral.graduate.fullName },
          {
            key: 'partner',
            label: t('referral.partner'),
            children: `${referral.partner.name} (${kindLabel(referral.partner.kind)})`,
          },
          {
            key: 'referredOn',
            label: t('referral.referredOn'),
            children: formatDate(referral.referredOn),
          },
          { key: 'purpose', label: t('referral.purpose'), children: referral.purpose },
        ]}
      />
      <Form.Item
        label={t(`steps.${step}.on`)}
        name="on"
        rules={[
          { required: true, message: t('steps.onRequired') },
          {
            validator: (_, value: Dayjs | null) => {
              if (value?.isAfter(today, 'day'))
                return Promise.reject(new Error(t('common.futureDate')));
              if (value && referredOn && value.isBefore(referredOn, 'day'))
                return Promise.reject(
                  new Error(t('steps.beforeReferred', { date: formatDate(referral.referredOn) })),
                );
              return Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('common.datePlaceholder')}
          disabledDate={(day) =>
            day.isAfter(today, 'day') || Boolean(referredOn && day.isBefore(referredOn, 'day'))
          }
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item
        label={t(`steps.${step}.result`)}
        name="result"
        rules={[
          ...(step === 'accept'
            ? []
            : [
                {
                  required: true,
                  whitespace: true,
                  message: t(`steps.${step}.resultRequired`),
                },
              ]),
          { max: LIMITS.result, message: t('common.textLength', { max: LIMITS.result }) },
        ]}
        required={resultRequired}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
