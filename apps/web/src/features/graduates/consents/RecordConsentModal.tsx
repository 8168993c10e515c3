import { PARTNER_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { App, Button, Checkbox, DatePicker, Form, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { FormModal } from '../../../shared/ui/FormModal';
import { applyGraduateFieldErrors } from '../form/applyGraduateFieldErrors';
import { acceptedTypes, fileProblem } from '../files/fileRules';
import { useUploadGraduateFile } from '../files/useUploadGraduateFile';
import { DATE_FORMAT, isoDate } from '../format';
import { PARTNER_KINDS, type PartnerKind } from '../vocabulary';
import { useCreateConsent } from './useCreateConsent';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';

interface ConsentValues {
  signedOn: Dayjs;
  allowsProcessing: boolean;
  allowsPhoto: boolean;
  sharingPartnerKinds: PartnerKind[];
  validUntil?: Dayjs | null;
  scan?: UploadFile[];
}

/**
 * Records a signed written consent with its scope: processing, photos, which partner kinds
 * data may be shared with; the scan of the signed paper can be attached at once.
 */
export function RecordConsentModal({
  graduate,
  onClose,
}: {
  graduate: Schemas['GraduateDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  // Days after the institution's today are refused by the API; the picker greys them out.
  const afterToday = (day: Dayjs) => day.isAfter(today, 'day');
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsentValues>();
  const upload = useUploadGraduateFile();
  const create = useCreateConsent();
  const allowsProcessing = Form.useWatch('allowsProcessing', form);
  // A scan already uploaded is not sent again when only recording the consent failed.
  const uploadedScan = useRef<{ file: File; id: string } | null>(null);

  const submit = async (values: ConsentValues) => {
    const scan = values.scan?.[0]?.originFileObj;
    let scanFileId =
      scan && uploadedScan.current?.file === scan ? uploadedScan.current.id : undefined;
    if (scan && !scanFileId) {
      try {
        scanFileId = (
          await upload.mutateAsync({
            graduateId: graduate.id,
            file: scan,
            kind: 'consent_scan',
            title: t('consents.scanTitle', { date: values.signedOn.format(DATE_FORMAT) }),
          })
        ).id;
        uploadedScan.current = { file: scan, id: scanFileId };
      } catch (error) {
        applyGraduateFieldErrors(form, error, t);
        return;
      }
    }
    create.mutate(
      {
        params: { path: { graduateId: graduate.id } },
        body: {
          signedOn: isoDate(values.signedOn),
          allowsProcessing: values.allowsProcessing,
          allowsPhoto: values.allowsPhoto,
          sharingPartnerKinds: values.sharingPartnerKinds,
          validUntil: values.validUntil ? isoDate(values.validUntil) : undefined,
          scanFileId,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('consents.recorded'));
          onClose();
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );
  };

  return (
    <FormModal<ConsentValues>
      title={t('consents.recordTitle')}
      okText={t('consents.record')}
      form={form}
      initialValues={{
        signedOn: today,
        allowsProcessing: true,
        allowsPhoto: false,
        sharingPartnerKinds: [],
      }}
      submitting={upload.isPending || create.isPending}
      error={upload.error ?? create.error}
      onSubmit={(values) => void submit(values)}
      onClose={onClose}
    >
      <Form.Item
        label={t('consents.signedOn')}
        name="signedOn"
        rules={[{ required: true, message: t('validation.signedOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          disabledDate={afterToday}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('consents.validUntil')}
        name="validUntil"
        extra={t('consents.validUntilHint')}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        name="allowsProcessing"
        valuePropName="checked"
        extra={allowsProcessing === false ? t('consents.processingOffHint') : undefined}
        style={{ marginBottom: 8 }}
      >
        <Checkbox>{t('consents.allowsProcessing')}</Checkbox>
      </Form.Item>
      <Form.Item name="allowsPhoto" valuePropName="checked">
        <Checkbox>{t('consents.allowsPhoto')}</Checkbox>
      </Form.Item>
      <Form.Item label={t('consents.sharingPartnerKinds')} name="sharingPartnerKinds">
        <Checkbox.Group
          style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }}
          options={PARTNER_KINDS.map((kind) => ({
            value: kind,
            label: labelOf(PARTNER_KIND_LABELS, kind),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('consents.scan')}
        name="scan"
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        extra={t('consents.scanHint')}
        rules={[
          {
            validator: (_, list: UploadFile[] | undefined) => {
              const file = list?.[0]?.originFileObj;
              const problem = file && fileProblem(file, 'consent_scan');
              return problem
                ? Promise.reject(new Error(t(`validation.${problem}`)))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Upload
          beforeUpload={() => false}
          maxCount={1}
          accept={acceptedTypes('consent_scan').join(',')}
        >
          <Button>{t('files.choose')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
