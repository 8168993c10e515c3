import { App, Form, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useUploadContractScan } from '../useContractChanges';
import type { ContractDetail } from '../vocabulary';
import { pickedFile } from './scanFile';
import { ScanField } from './ScanField';

interface ScanValues {
  scan?: UploadFile[];
}

/** Attaches (or replaces) the scan of the signed contract. */
export function UploadScanModal({
  contract,
  onClose,
}: {
  contract: ContractDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const { message } = App.useApp();
  const [form] = Form.useForm<ScanValues>();
  const upload = useUploadContractScan();

  const submit = (values: ScanValues) => {
    const file = pickedFile(values.scan);
    if (!file) return;
    upload.mutate(
      { contractId: contract.id, version: contract.version, file },
      {
        onSuccess: () => {
          void message.success(t('scan.uploaded'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<ScanValues>
      title={t('scan.title', { number: contract.number })}
      okText={t('scan.submit')}
      form={form}
      testId="contract-scan-form"
      submitting={upload.isPending}
      error={upload.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ScanField name="scan" required />
    </FormModal>
  );
}
