import type { Schemas } from '@postcare/api-client';
import { Alert, App, Checkbox, DatePicker, Form, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { graduateContractPath } from '../paths';
import { useActivateContract, useUploadContractScan } from '../useContractChanges';
import type { ContractDetail } from '../vocabulary';
import { pickedFile } from './scanFile';
import { ScanField } from './ScanField';

interface ActivateValues {
  signedOn: Dayjs | null;
  scan?: UploadFile[];
  scanLater?: boolean;
}

/**
 * «Подписан»: the day both parties signed, and the signed scan — uploaded now, or promised
 * («подписан на бумаге, скан позже»; the contract is then listed as missing its scan).
 */
export function ActivateContractModal({
  contract,
  graduate,
  onClose,
}: {
  contract: ContractDetail;
  graduate: Schemas['GraduateDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivateValues>();
  const today = useInstitutionToday();
  const upload = useUploadContractScan();
  const activate = useActivateContract();
  const scanLater = Form.useWatch('scanLater', form);
  const hasScan = Boolean(contract.signedScanFileId);
  const minorWithoutRepresentative = graduate.age < 18 && !contract.legalRepresentative;
  // Another support contract is in force: offer the way to it (to end it first).
  const conflict = asProblem(activate.error);
  const activeId = conflict?.code === 'active-contract-exists' ? conflict.activeContractId : null;

  const submit = async (values: ActivateValues) => {
    if (!values.signedOn) return;
    // The version moves on when the scan is uploaded first.
    let current = contract.version;
    const file = pickedFile(values.scan);
    try {
      if (file && !values.scanLater) {
        const saved = await upload.mutateAsync({ contractId: contract.id, version: current, file });
        current = saved.version;
      }
      await activate.mutateAsync({
        params: { path: { id: contract.id } },
        body: {
          version: current,
          signedOn: isoDate(values.signedOn),
          scanLater: !hasScan && !file ? true : undefined,
        },
      });
      void message.success(t('activate.done'));
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  };

  return (
    <FormModal<ActivateValues>
      title={t('activate.title', { number: contract.number })}
      okText={t('activate.submit')}
      form={form}
      testId="activate-contract-form"
      initialValues={{ signedOn: today, scanLater: false }}
      submitting={upload.isPending || activate.isPending}
      error={upload.error ?? activate.error}
      onSubmit={(values) => void submit(values)}
      onClose={onClose}
    >
      {minorWithoutRepresentative && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('activate.minorWarning')}
        />
      )}
      <Form.Item
        label={t('activate.signedOn')}
        name="signedOn"
        rules={[
          { required: true, message: t('validation.signedOnRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value && value.isAfter(today, 'day')
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
      {hasScan ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('activate.scanAttached')}
        />
      ) : (
        <>
          {!scanLater && (
            <ScanField
              name="scan"
              required
              requiredMessage={t('validation.scanOrLater')}
              label={t('activate.scan')}
            />
          )}
          <Form.Item name="scanLater" valuePropName="checked" extra={t('activate.scanLaterHint')}>
            <Checkbox>{t('activate.scanLater')}</Checkbox>
          </Form.Item>
        </>
      )}
      {activeId && (
        <Form.Item>
          <Link to={graduateContractPath(graduate.id, activeId)} onClick={onClose}>
            {t('activate.openActive', { number: conflict?.activeContractNumber ?? '' })}
          </Link>
        </Form.Item>
      )}
    </FormModal>
  );
}
