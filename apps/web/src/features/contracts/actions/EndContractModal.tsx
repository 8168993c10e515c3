import { CONTRACT_END_REASON_LABELS } from '@postcare/domain';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { useEndContract } from '../useContractChanges';
import { END_REASONS, LIMITS, type ContractDetail, type EndReasonInput } from '../vocabulary';

interface EndValues {
  endedOn: Dayjs | null;
  reason?: EndReasonInput;
  reasonText?: string;
}

/** «Прекратить»: the day and the reason (a written one for «Иное»); the history keeps both. */
export function EndContractModal({
  contract,
  onClose,
}: {
  contract: ContractDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  const today = useInstitutionToday();
  const end = useEndContract();
  const reason = Form.useWatch('reason', form);
  const signedOn = contract.concludedOn ? dayjs(contract.concludedOn) : null;

  const submit = (values: EndValues) => {
    if (!values.endedOn || !values.reason) return;
    end.mutate(
      {
        params: { path: { id: contract.id } },
        body: {
          version: contract.version,
          endedOn: isoDate(values.endedOn),
          reason: values.reason,
          reasonText: values.reason === 'other' ? values.reasonText?.trim() : undefined,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('end.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<EndValues>
      title={t('end.title', { number: contract.number })}
      okText={t('end.submit')}
      danger
      form={form}
      testId="end-contract-form"
      initialValues={{ endedOn: today }}
      submitting={end.isPending}
      error={end.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('end.endedOn')}
        name="endedOn"
        rules={[
          { required: true, message: t('validation.endedOnRequired') },
          {
            validator: (_, value: Dayjs | null) => {
              if (value?.isAfter(today, 'day'))
                return Promise.reject(new Error(t('validation.futureDate')));
              if (value && signedOn && value.isBefore(signedOn, 'day'))
                return Promise.reject(new Error(t('validation.endedBeforeSigned')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          disabledDate={(day) =>
            day.isAfter(today, 'day') || Boolean(signedOn && day.isBefore(signedOn, 'day'))
          }
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('end.reason')}
        name="reason"
        rules={[{ required: true, message: t('validation.reasonRequired') }]}
      >
        <Select
          placeholder={t('form.choose')}
          options={END_REASONS.map((value) => ({
            value,
            label: labelOf(CONTRACT_END_REASON_LABELS, value),
          }))}
        />
      </Form.Item>
      {reason === 'other' && (
        <Form.Item
          label={t('end.reasonText')}
          name="reasonText"
          rules={[
            { required: true, whitespace: true, message: t('validation.reasonTextRequired') },
            {
              max: LIMITS.endReasonText,
              message: t('validation.textLength', { max: LIMITS.endReasonText }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
