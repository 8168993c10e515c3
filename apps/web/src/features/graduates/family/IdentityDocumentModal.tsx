import type { Schemas } from '@postcare/api-client';
import { IDENTITY_DOCUMENT_KIND_LABELS, IDENTITY_DOCUMENT_KINDS } from '@postcare/domain';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useGraduateFiles } from '../files/useGraduateFiles';
import { DATE_FORMAT, isoDate } from '../format';
import { useSaveIdentityDocument } from './useFamily';

type IdentityDocument = Schemas['IdentityDocumentDto'];
/** Kinds whose number has no series. */
const WITHOUT_SERIES = new Set(['snils', 'inn', 'medical_policy']);

interface DocumentValues {
  kind: Schemas['IdentityDocumentKind'];
  title: string;
  series: string;
  number: string;
  issuedBy: string;
  issuedOn?: Dayjs | null;
  scanFileId?: string | null;
}

/** Records an identity document (or corrects one); its scan is chosen among the file's documents. */
export function IdentityDocumentModal({
  graduateId,
  document,
  onClose,
}: {
  graduateId: string;
  document?: IdentityDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  const [form] = Form.useForm<DocumentValues>();
  const { create, update } = useSaveIdentityDocument();
  const files = useGraduateFiles(graduateId, false);
  const kind = Form.useWatch('kind', form);
  const mutation = document ? update : create;
  const scans = (files.data ?? []).filter((file) => file.kind === 'document');

  const submit = (values: DocumentValues) => {
    const body = {
      kind: values.kind,
      title: values.title,
      series: WITHOUT_SERIES.has(values.kind) ? '' : values.series,
      number: values.number,
      issuedBy: values.issuedBy,
      issuedOn: values.issuedOn ? isoDate(values.issuedOn) : null,
      scanFileId: values.scanFileId ?? null,
    };
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (document)
      update.mutate(
        {
          params: { path: { graduateId, id: document.id } },
          body: { ...body, version: document.version },
        },
        options,
      );
    else create.mutate({ params: { path: { graduateId } }, body }, options);
  };

  return (
    <FormModal<DocumentValues>
      title={t(document ? 'family.editDocument' : 'family.addDocument')}
      okText={t('family.save')}
      form={form}
      testId="identity-document-form"
      initialValues={{
        kind: document?.kind ?? 'passport',
        title: document?.title ?? '',
        series: document?.series ?? '',
        number: document?.number ?? '',
        issuedBy: document?.issuedBy ?? '',
        issuedOn: document?.issuedOn ? dayjs(document.issuedOn) : null,
        scanFileId: document?.scanFileId ?? null,
      }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label={t('family.documentKind')} name="kind" rules={[{ required: true }]}>
        <Select
          options={IDENTITY_DOCUMENT_KINDS.map((value) => ({
            value,
            label: labelOf(IDENTITY_DOCUMENT_KIND_LABELS, value),
          }))}
        />
      </Form.Item>
      {kind === 'other' && (
        <Form.Item label={t('family.documentTitle')} name="title" rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      {!WITHOUT_SERIES.has(kind) && (
        <Form.Item label={t('family.series')} name="series">
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label={t('family.number')}
        name="number"
        rules={[{ required: true, whitespace: true, message: t('family.numberRequired') }]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('family.issuedBy')} name="issuedBy">
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item label={t('family.issuedOn')} name="issuedOn">
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(day) => day.isAfter(today, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('family.scan')} name="scanFileId" extra={t('family.scanHint')}>
        <Select
          allowClear
          placeholder={t('family.noScan')}
          options={scans.map((file) => ({ value: file.id, label: file.title || file.fileName }))}
        />
      </Form.Item>
    </FormModal>
  );
}
