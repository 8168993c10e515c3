import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/formatDateTime';
import { DownloadButton } from '../../shared/files/DownloadButton';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useProblemNotice } from '../../shared/ui/useProblemNotice';
import { formatSize } from '../graduates/files/fileRules';
import {
  downloadContractTemplate,
  useContractTemplate,
  useRetireContractTemplate,
  useUploadContractTemplate,
} from './useContractTemplate';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/**
 * The contract template: the built-in layout, or the institution's own DOCX with fields
 * written as {graduateFullName}; the list of fields it may use.
 */
export function ContractTemplateSection({ institutionId }: { institutionId: string }) {
  const { t, i18n } = useTranslation('settings');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const template = useContractTemplate(institutionId);
  const upload = useUploadContractTemplate(institutionId);
  const retire = useRetireContractTemplate(institutionId);
  const [picked, setPicked] = useState<string | null>(null);
  const custom = template.data?.custom ?? null;
  const used = new Set(custom?.fields ?? []);

  const send = (file: File) => {
    setPicked(null);
    if (file.size > MAX_TEMPLATE_BYTES) return setPicked(t('validation.templateTooLarge'));
    if (file.type !== DOCX_TYPE && !file.name.toLowerCase().endsWith('.docx'))
      return setPicked(t('validation.templateType'));
    upload.mutate(file, {
      onSuccess: () => void message.success(t('template.uploaded')),
    });
  };

  return (
    <Card title={t('template.title')} size="small" data-testid="contract-template">
      <Flex vertical gap={16}>
        <ProblemAlert error={template.error} />
        {custom ? (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'file',
                label: t('template.inUse'),
                children: (
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{custom.fileName}</Typography.Text>
                    <Typography.Text type="secondary">
                      {formatSize(custom.sizeBytes, i18n.language)},{' '}
                      {t('template.uploadedAt', { date: formatDateTime(custom.uploadedAt) })}
                    </Typography.Text>
                  </Flex>
                ),
              },
            ]}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            title={t('template.builtIn')}
            description={t('template.builtInHint')}
          />
        )}
        <Flex gap={8} wrap>
          <Upload
            accept={`.docx,${DOCX_TYPE}`}
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return false;
            }}
          >
            <Button type="primary" loading={upload.isPending}>
              {t(custom ? 'template.replace' : 'template.upload')}
            </Button>
          </Upload>
          {custom && (
            <>
              <DownloadButton
                save={async () => {
                  await downloadContractTemplate(institutionId, custom.fileName);
                  return custom.fileName;
                }}
              >
                {t('template.download')}
              </DownloadButton>
              <Popconfirm
                title={t('template.retireConfirm')}
                okText={t('template.retire')}
                cancelText={t('cancel')}
                onConfirm={() =>
                  retire.mutate(
                    { params: { path: { id: institutionId } } },
                    {
                      onSuccess: () => void message.success(t('template.retired')),
                      onError: notifyProblem,
                    },
                  )
                }
              >
                <Button danger loading={retire.isPending}>
                  {t('template.retire')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Flex>
        {picked && <Alert type="error" showIcon title={picked} />}
        <ProblemAlert error={upload.error} />
        <div>
          <Typography.Title level={5}>{t('template.fieldsTitle')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('template.fieldsHint')}</Typography.Paragraph>
          <Table
            rowKey="name"
            size="small"
            pagination={false}
            loading={template.isLoading}
            dataSource={template.data?.availableFields}
            data-testid="template-fields"
            columns={[
              {
                title: t('template.field'),
                dataIndex: 'name',
                width: 320,
                render: (_, { name }) => (
                  <Typography.Text code copyable={{ text: `{${name}}` }}>
                    {`{${name}}`}
                  </Typography.Text>
                ),
              },
              { title: t('template.fieldMeaning'), dataIndex: 'description' },
              ...(custom
                ? [
                    {
                      title: t('template.usedInTemplate'),
                      key: 'used',
                      width: 160,
                      render: (_: unknown, { name }: { name: string }) =>
                        used.has(name) ? <Tag color="green">{t('template.used')}</Tag> : null,
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </Flex>
    </Card>
  );
}
