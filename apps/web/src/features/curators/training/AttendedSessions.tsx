import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { isoDate } from '../../graduates/format';
import { TrainingProgress } from '../curator/TrainingProgress';
import { useTrainingSessions } from '../useTraining';
import type { Curator } from '../vocabulary';
import { TrainingTable } from './TrainingTable';

/** The sessions the curator attended, newest first, under their hours so far. */
export function AttendedSessions({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const today = isoDate(useInstitutionToday());
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const sessions = useTrainingSessions({ curatorId: curator.id, ...page });
  return (
    <Flex vertical gap={12} data-testid="curator-training">
      <TrainingProgress curator={curator} />
      <ProblemAlert error={sessions.error} />
      <TrainingTable
        sessions={sessions.data?.items}
        loading={sessions.isFetching}
        pagination={{
          current: sessions.data?.page,
          pageSize: sessions.data?.pageSize,
          total: sessions.data?.total,
          hideOnSinglePage: true,
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
        emptyText={t('training.noneAttended')}
        today={today}
      />
    </Flex>
  );
}
