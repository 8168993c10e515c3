import { GRADUATE_FILE_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { App, Button, Form, Input, Radio, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { FormModal } from '../../../shared/ui/FormModal';
import { applyGraduateFieldErrors } from '../form/applyGraduateFieldErrors';
import { acceptedTypes, fileProblem } from './fileRules';
import { useUploadGraduateFile } from './useUploadGraduateFile';

type Kind = Schemas['GraduateFileKind'];

interface UploadValues {
  kind: Kind;
  title?: string;
  file?: UploadFile[];
}

interface UploadFileModalProps {
  graduateId: string;
  /** The kinds offered; the first is chosen at first. */
  kinds: Kind[];
  title: string;
  onClose: () => void;
  /** Runs before the dialog closes, e.g. linking the file to a consent. */
  onUploaded?: (file: Schemas['GraduateFileDto']) => void | Promise<void>;
}

/** Picks a file and uploads it with its kind and a title. */
export function UploadFileModal({
  graduateId,
  kinds,
  title,
  onClose,
  onUploaded,
}: UploadFileModalProps) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const kind = Form.useWatch('kind', form) ?? kinds[0];
  const upload = useUploadGraduateFile();

  const submit = (values: UploadValues) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    upload.mutate(
      { graduateId, file, kind: values.kind, title: values.title?.trim() || undefined },
      {
        onSuccess: async (saved) => {
          void message.success(t('files.uploaded'));
          await onUploaded?.(saved);
          onClose();
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );
  };

  return (
    <FormModal<UploadValues>
      title={title}
      okText={t('files.upload')}
      form={form}
      initialValues={{ kind: kinds[0] }}
      submitting={upload.isPending}
      error={upload.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {kinds.length > 1 ? (
        <Form.Item label={t('files.kind')} name="kind">
          <Radio.Group
            optionType="button"
            options={kinds.map((value) => ({
              value,
              label: labelOf(GRADUATE_FILE_KIND_LABELS, value),
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="kind" hidden>
          <Input />
        </Form.Item>
      )}
      <Form.Item
        label={t('files.title')}
        name="title"
        rules={[{ max: 200, message: t('validation.textLength', { max: 200 }) }]}
      >
        <Input placeholder={t(`files.titlePlaceholder.${kind}`)} />
      </Form.Item>
      <Form.Item
        label={t('files.file')}
        name="file"
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        extra={t(
          kind === 'portrait' || kind === 'full_height' ? 'files.photoHint' : 'files.documentHint',
        )}
        rules={[
          { required: true, message: t('validation.fileRequired') },
          {
            validator: (_, list: UploadFile[] | undefined) => {
              const file = list?.[0]?.originFileObj;
              const problem = file && fileProblem(file, kind);
              return problem
                ? Promise.reject(new Error(t(`validation.${problem}`)))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Upload beforeUpload={() => false} maxCount={1} accept={acceptedTypes(kind).join(',')}>
          <Button>{t('files.choose')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
