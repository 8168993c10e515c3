import type { Schemas } from '@postcare/api-client';
import { Alert, App, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/ui/FormModal';
import { applyGraduateFieldErrors } from '../form/applyGraduateFieldErrors';
import { DATE_FORMAT, formatDate, isoDate } from '../format';
import { useUpdateConsent } from './useUpdateConsent';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';

interface WithdrawValues {
  withdrawnOn: Dayjs;
}

/**
 * Records that the graduate withdrew a consent, after saying what follows: without another
 * current consent the file is reduced to the minimum and its photos and documents archived.
 */
export function WithdrawConsentModal({
  graduateId,
  consent,
  lastCurrent,
  onClose,
}: {
  graduateId: string;
  consent: Schemas['ConsentDto'];
  /** No other consent stays in force: the file will be reduced. */
  lastCurrent: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const today = useInstitutionToday();
  const { message } = App.useApp();
  const [form] = Form.useForm<WithdrawValues>();
  const update = useUpdateConsent();
  const signedOn = dayjs(consent.signedOn);

  const submit = ({ withdrawnOn }: WithdrawValues) =>
    update.mutate(
      {
        params: { path: { graduateId, consentId: consent.id } },
        body: { version: consent.version, withdrawnOn: isoDate(withdrawnOn) },
      },
      {
        onSuccess: () => {
          void message.success(t('consents.withdrawn'));
          onClose();
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );

  return (
    <FormModal<WithdrawValues>
      title={t('consents.withdrawTitle', { date: formatDate(consent.signedOn) })}
      okText={t('consents.withdraw')}
      form={form}
      initialValues={{ withdrawnOn: today }}
      submitting={update.isPending}
      error={update.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert
        type={lastCurrent ? 'warning' : 'info'}
        showIcon
        data-testid="withdraw-consequences"
        title={t(lastCurrent ? 'consents.withdrawReduces' : 'consents.withdrawOtherStays')}
        description={lastCurrent ? t('consents.withdrawReducesDetail') : undefined}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        label={t('consents.withdrawnOn')}
        name="withdrawnOn"
        rules={[{ required: true, message: t('validation.withdrawnOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          // A day ahead is allowed: the consent counts until then.
          disabledDate={(day) => day.isBefore(signedOn, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
    </FormModal>
  );
}
