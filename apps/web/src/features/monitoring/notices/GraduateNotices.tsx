import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { NoticeFormModal } from './NoticeFormModal';
import { NoticesTable } from './NoticesTable';
import { useGraduateNotices } from './useNotices';

/** The graduate's notices to the guardianship body, with their actions; opening one by hand. */
export function GraduateNotices({
  graduateId,
  writable,
}: {
  graduateId: string;
  writable: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const notices = useGraduateNotices(graduateId);
  const [creating, setCreating] = useState(false);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notices.title')}
        </Typography.Title>
        {writable && <Button onClick={() => setCreating(true)}>{t('notices.new')}</Button>}
      </Flex>
      <ProblemAlert error={notices.error} />
      <NoticesTable
        notices={notices.data?.items}
        loading={notices.isFetching}
        showGraduate={false}
        emptyText={t('notices.none')}
        testId="graduate-notices"
        readOnly={!writable}
      />
      {creating && <NoticeFormModal graduateId={graduateId} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
