import type { Schemas } from '@postcare/api-client';
import {
  Alert,
  Button,
  Card,
  Flex,
  Progress,
  Result,
  Space,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { GRADUATES_PATH } from '../paths';
import { downloadTemplate } from './downloadTemplate';
import { ImportReportTable } from './ImportReportTable';
import { useImportGraduates } from './useImportGraduates';
import { useUploadProgress } from './useUploadProgress';
import { PageTitle } from '../../../shared/ui/PageTitle';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Step =
  { kind: 'checked'; report: Schemas['ImportReportDto'] } | { kind: 'imported'; count: number };

/**
 * Import of a register from Excel: download the template, pick the filled file, check it
 * (a dry run lists every problem), then import — all rows or none.
 */
export function ImportGraduatesPage() {
  const { t } = useTranslation('graduates');
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const run = useImportGraduates();
  const percent = useUploadProgress(run.isPending);

  const pick = (picked: File) => {
    run.reset();
    setStep(null);
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
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (report) =>
          setStep(
            dryRun || !report.valid
              ? { kind: 'checked', report }
              : { kind: 'imported', count: report.imported },
          ),
      },
    );
  };

  const report = step?.kind === 'checked' ? step.report : null;
  const fileList: UploadFile[] = file ? [{ uid: 'import', name: file.name, status: 'done' }] : [];

  if (step?.kind === 'imported') {
    return (
      <Result
        status="success"
        title={t('import.done', { count: step.count })}
        data-testid="import-done"
        extra={
          <Space>
            <Link to={GRADUATES_PATH}>{t('import.toList')}</Link>
            <Button
              onClick={() => {
                setStep(null);
                setFile(null);
                run.reset();
              }}
            >
              {t('import.again')}
            </Button>
          </Space>
        }
      />
    );
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <PageTitle style={{ margin: 0 }}>{t('import.title')}</PageTitle>
      <Card title={t('import.step1')}>
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('import.templateHint')}
          </Typography.Paragraph>
          <DownloadButton save={() => downloadTemplate(t('import.templateFileName'))}>
            {t('import.downloadTemplate')}
          </DownloadButton>
        </Flex>
      </Card>
      <Card title={t('import.step2')}>
        <Flex vertical gap={12}>
          <Upload
            accept={XLSX_TYPES}
            maxCount={1}
            fileList={fileList}
            beforeUpload={pick}
            onRemove={() => {
              setFile(null);
              setStep(null);
              run.reset();
            }}
          >
            <Button>{t('import.chooseFile')}</Button>
          </Upload>
          {fileProblem && <Alert type="error" showIcon title={fileProblem} />}
          <Space wrap>
            <Button
              disabled={!file || run.isPending}
              loading={run.isPending && run.variables?.dryRun}
              onClick={() => start(true)}
              data-testid="import-check"
            >
              {t('import.check')}
            </Button>
            <Button
              type="primary"
              disabled={!file || !report?.valid || run.isPending}
              loading={run.isPending && run.variables?.dryRun === false}
              onClick={() => start(false)}
              data-testid="import-run"
            >
              {t('import.run')}
            </Button>
          </Space>
          {!run.isIdle && (
            <Progress
              percent={percent}
              status={run.isPending ? 'active' : run.isError ? 'exception' : 'success'}
              data-testid="import-progress"
            />
          )}
          <ProblemAlert error={run.error} />
        </Flex>
      </Card>
      {report && (
        <Card title={t('import.report.title')} data-testid="import-report">
          <Flex vertical gap={12}>
            <Alert
              type={report.valid ? 'success' : 'error'}
              showIcon
              title={
                report.valid
                  ? t('import.report.valid', { count: report.rows })
                  : t('import.report.invalid', {
                      count: report.rows,
                      errors: report.errors.length,
                    })
              }
              description={
                report.valid ? t('import.report.validHint') : t('import.report.invalidHint')
              }
            />
            {report.errors.length > 0 && <ImportReportTable errors={report.errors} />}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
