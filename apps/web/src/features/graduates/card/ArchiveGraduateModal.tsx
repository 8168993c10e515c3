import type { Schemas } from '@postcare/api-client';
import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useArchiveGraduate } from '../useArchiveGraduate';

interface ArchiveValues {
  reason: string;
}

/** Moves a file to the archive with a reason; it leaves the lists and keeps its history. */
export function ArchiveGraduateModal({
  graduate,
  onClose,
}: {
  graduate: Schemas['GraduateDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const [form] = Form.useForm<ArchiveValues>();
  const archive = useArchiveGraduate();

  const submit = ({ reason }: ArchiveValues) =>
    archive.mutate(
      { params: { path: { id: graduate.id } }, body: { version: graduate.version, reason } },
      {
        onSuccess: () => {
          void message.success(t('archive.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<ArchiveValues>
      title={t('archive.title')}
      okText={t('archive.submit')}
      form={form}
      submitting={archive.isPending}
      error={archive.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('archive.explanation')} style={{ marginBottom: 16 }} />
      <Form.Item
        label={t('archive.reason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('validation.archiveReasonRequired') },
          { min: 3, max: 500, message: t('validation.archiveReasonLength') },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('archive.reasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
