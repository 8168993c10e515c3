import type { Schemas } from '@postcare/api-client';
import {
  Alert,
  Button,
  Flex,
  Modal,
  Progress,
  Result,
  Space,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { ImportReportTable } from '../../graduates/import/ImportReportTable';
import { useUploadProgress } from '../../graduates/import/useUploadProgress';
import { downloadJournalTemplate, useImportJournal } from './useImportJournal';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Report = Schemas['JournalImportReportDto'];

/**
 * Import of an old journal from Excel (the exported journal's columns): download the
 * template, pick the file, check it (a dry run lists every problem), then import — all
 * rows or none.
 */
export function ImportJournalModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('appeals');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const run = useImportJournal();
  const percent = useUploadProgress(run.isPending);

  const clear = () => {
    setFile(null);
    setReport(null);
    setFileProblem(null);
    run.reset();
  };

  const pick = (picked: File) => {
    run.reset();
    setReport(null);
    if (picked.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setFileProblem(t('import.tooLarge'));
    } else {
      setFile(picked);
      setFileProblem(null);
    }
    return false;
  };

  const start = (dryRun: boolean) => {
    if (!file) return;
    run.mutate({ file, dryRun }, { onSuccess: setReport });
  };

  const close = () => {
    clear();
    onClose();
  };
  const fileList: UploadFile[] = file ? [{ uid: 'import', name: file.name, status: 'done' }] : [];

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={run.isPending ? undefined : close}
      closable={!run.isPending}
      maskClosable={false}
      footer={null}
      width={1000}
      destroyOnHidden
    >
      {report?.imported ? (
        <Result
          status="success"
          title={t('import.done', { count: report.appeals, services: report.services })}
          data-testid="journal-import-done"
          extra={
            <Space>
              <Button type="primary" onClick={close}>
                {t('import.close')}
              </Button>
              <Button onClick={clear}>{t('import.again')}</Button>
            </Space>
          }
        />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('import.templateHint')}
          </Typography.Paragraph>
          <Space wrap>
            <DownloadButton save={() => downloadJournalTemplate(t('import.templateFileName'))}>
              {t('import.downloadTemplate')}
            </DownloadButton>
            <Upload
              accept={XLSX_TYPES}
              maxCount={1}
              fileList={fileList}
              beforeUpload={pick}
              onRemove={clear}
            >
              <Button data-testid="journal-import-file">{t('import.chooseFile')}</Button>
            </Upload>
          </Space>
          {fileProblem && <Alert type="error" showIcon title={fileProblem} />}
          <Space wrap>
            <Button
              disabled={!file || run.isPending}
              loading={run.isPending && run.variables?.dryRun}
              onClick={() => start(true)}
              data-testid="journal-import-check"
            >
              {t('import.check')}
            </Button>
            <Button
              type="primary"
              disabled={!file || !report?.valid || run.isPending}
              loading={run.isPending && run.variables?.dryRun === false}
              onClick={() => start(false)}
              data-testid="journal-import-run"
            >
              {t('import.run')}
            </Button>
          </Space>
          {!run.isIdle && (
            <Progress
              percent={percent}
              status={run.isPending ? 'active' : run.isError ? 'exception' : 'success'}
              data-testid="journal-import-progress"
            />
          )}
          <ProblemAlert error={run.error} />
          {report && (
            <Flex vertical gap={12} data-testid="journal-import-report">
              <Alert
                type={report.valid ? 'success' : 'error'}
                showIcon
                title={
                  report.valid
                    ? t('import.valid', {
                        count: report.rows,
                        appeals: report.appeals,
                        services: report.services,
                      })
                    : t('import.invalid', { count: report.rows, errors: report.errors.length })
                }
                description={report.valid ? t('import.validHint') : t('import.invalidHint')}
              />
              {report.errors.length > 0 && <ImportReportTable errors={report.errors} />}
            </Flex>
          )}
        </Flex>
      )}
    </Modal>
  );
}
