import { Button, Form, Upload, type FormItemProps, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCAN_TYPES } from '../vocabulary';
import { lastFile, pickedFile, scanProblem } from './scanFile';

/** Picks the signed scan (PDF, JPEG or PNG up to 10 MB), checked as the API checks it. */
export function ScanField({
  required,
  requiredMessage,
  ...item
}: Omit<FormItemProps, 'children' | 'rules'> & { required: boolean; requiredMessage?: string }) {
  const { t } = useTranslation('contracts');
  return (
    <Form.Item
      label={t('scan.file')}
      extra={t('scan.hint')}
      {...item}
      valuePropName="fileList"
      getValueFromEvent={lastFile}
      rules={[
        { required, message: requiredMessage ?? t('validation.fileRequired') },
        {
          validator: (_, list: UploadFile[] | undefined) => {
            const file = pickedFile(list);
            const problem = file && scanProblem(file);
            return problem
              ? Promise.reject(new Error(t(`validation.${problem}`)))
              : Promise.resolve();
          },
        },
      ]}
    >
      <Upload beforeUpload={() => false} maxCount={1} accept={SCAN_TYPES.join(',')}>
        <Button>{t('scan.choose')}</Button>
      </Upload>
    </Form.Item>
  );
}
