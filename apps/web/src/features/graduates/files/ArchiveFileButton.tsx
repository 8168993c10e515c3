import type { Schemas } from '@postcare/api-client';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { useArchiveGraduateFile } from './useArchiveGraduateFile';

/** Archives a file after a confirmation; it stays in the file's history. */
export function ArchiveFileButton({
  graduateId,
  file,
}: {
  graduateId: string;
  file: Schemas['GraduateFileDto'];
}) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const archive = useArchiveGraduateFile();
  // The row goes away once the list reloads, so the outcome is awaited, not left to callbacks.
  const confirm = async () => {
    try {
      await archive.mutateAsync({
        params: { path: { graduateId, fileId: file.id } },
        body: { version: file.version },
      });
      void message.success(t('files.archived'));
    } catch (error) {
      notifyProblem(error);
    }
  };

  return (
    <Popconfirm
      title={t('files.archiveConfirm', { name: file.title || file.fileName })}
      okText={t('files.archive')}
      cancelText={t('actions.cancel')}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger loading={archive.isPending}>
        {t('files.archive')}
      </Button>
    </Popconfirm>
  );
}
