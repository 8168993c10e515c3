import type { Schemas } from '@postcare/api-client';
import { Alert, App, Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { GraduateAppealSelect } from '../../appeals/services/GraduateAppealSelect';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { usePartnerKindLabel } from '../kinds';
import { graduateConsentPath } from '../paths';
import { useCreateReferral } from '../useReferrals';
import { LIMITS, type Partner, type PartnerKind } from '../vocabulary';
import { PartnerSelect } from './PartnerSelect';

interface ReferralValues {
  partnerId?: string;
  referredOn: Dayjs | null;
  purpose?: string;
  appealId?: string | null;
}

/**
 * «Направить в организацию»: the organisation (searched in the directory, archived ones
 * left out), the day, the purpose and, at will, the appeal it answers. The graduate's data
 * goes to the organisation only under a current consent naming its kind (152-FZ): a kind
 * the consent does not name is pointed out on choosing, and the API's refusal (409
 * `consent-required`) is shown with the way out — recording the consent on «Согласие».
 */
export function ReferralFormModal({
  graduate,
  coveredKinds,
  onClose,
}: {
  graduate: Schemas['GraduateDto'];
  /** The kinds the current consents name; undefined when they cannot be read here. */
  coveredKinds: ReadonlySet<PartnerKind> | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('partners');
  const { message } = App.useApp();
  const { can } = usePermissions();
  const navigate = useNavigate();
  const kindLabel = usePartnerKindLabel();
  const [form] = Form.useForm<ReferralValues>();
  const today = useInstitutionToday();
  const create = useCreateReferral();
  const [partner, setPartner] = useState<Partner | undefined>();
  // The partner kind the API refused for want of consent (the one chosen when sending).
  const [refusedKind, setRefusedKind] = useState<PartnerKind | null>(null);
  const consentRefused = asProblem(create.error)?.code === 'consent-required';
  const notCovered = partner && coveredKinds && !coveredKinds.has(partner.kind);

  const submit = (values: ReferralValues) => {
    if (!values.partnerId || !values.referredOn || !values.purpose) return;
    const kind = partner?.kind ?? null;
    create.mutate(
      {
        body: {
          graduateId: graduate.id,
          partnerId: values.partnerId,
          referredOn: isoDate(values.referredOn),
          purpose: values.purpose.trim(),
          appealId: values.appealId ?? undefined,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('referral.created'));
          onClose();
        },
        onError: (error) => {
          if (asProblem(error)?.code !== 'consent-required') {
            applyFieldErrors(form, error);
            return;
          }
          setRefusedKind(kind);
          form.setFields([
            {
              name: 'partnerId',
              errors: kind ? [t('referral.consentField', { kind: kindLabel(kind) })] : [],
            },
          ]);
        },
      },
    );
  };

  return (
    <FormModal<ReferralValues>
      title={t('referral.newTitle')}
      okText={t('referral.submit')}
      form={form}
      width={640}
      testId="referral-form"
      initialValues={{ referredOn: today }}
      submitting={create.isPending}
      error={consentRefused ? null : create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('referral.partner')}
        name="partnerId"
        rules={[{ required: true, message: t('referral.partnerRequired') }]}
      >
        <PartnerSelect
          onPick={(picked) => {
            setPartner(picked);
            create.reset();
          }}
        />
      </Form.Item>
      {notCovered && !consentRefused && (
        <Alert
          type="warning"
          showIcon
          data-testid="kind-not-covered"
          title={t('referral.kindNotCovered', { kind: kindLabel(partner.kind) })}
          style={{ marginTop: -8, marginBottom: 16 }}
        />
      )}
      <Form.Item
        label={t('referral.referredOn')}
        name="referredOn"
        rules={[
          { required: true, message: t('referral.referredOnRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value?.isAfter(today, 'day')
                ? Promise.reject(new Error(t('common.futureDate')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('common.datePlaceholder')}
          disabledDate={(day) => day.isAfter(today, 'day')}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item
        label={t('referral.purpose')}
        name="purpose"
        rules={[
          { required: true, whitespace: true, message: t('referral.purposeRequired') },
          { max: LIMITS.purpose, message: t('common.textLength', { max: LIMITS.purpose }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('referral.purposePlaceholder')}
        />
      </Form.Item>
      {can('appeals.read') && (
        <Form.Item label={t('referral.appeal')} name="appealId">
          <GraduateAppealSelect graduateId={graduate.id} placeholder={t('referral.noAppeal')} />
        </Form.Item>
      )}
      {consentRefused && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="consent-refusal"
          title={asProblem(create.error)?.detail ?? asProblem(create.error)?.title}
          description={
            refusedKind
              ? t('referral.consentRequiredHint', { kind: kindLabel(refusedKind) })
              : t('referral.consentRequiredHintAnyKind')
          }
          action={
            <Button
              size="small"
              onClick={() => {
                onClose();
                void navigate(graduateConsentPath(graduate.id));
              }}
            >
              {t('referral.openConsent')}
            </Button>
          }
        />
      )}
    </FormModal>
  );
}
