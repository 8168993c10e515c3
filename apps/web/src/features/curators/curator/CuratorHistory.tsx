import { CURATOR_STATUS_LABELS } from '@postcare/domain';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { HistoryTimeline } from '../../../shared/ui/HistoryTimeline';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useCuratorHistory } from '../useCurators';
import { CURATOR_STATUSES, type CuratorStatus } from '../vocabulary';

const isStatus = (value: string): value is CuratorStatus =>
  (CURATOR_STATUSES as readonly string[]).includes(value);

/** The curator's status changes, oldest first: when, who, what, why. */
export function CuratorHistory({ curatorId }: { curatorId: string }) {
  const { t } = useTranslation('curators');
  const labelOf = useLabel();
  const history = useCuratorHistory(curatorId);
  if (history.error) return <ProblemAlert error={history.error} />;
  if (!history.data) return <Skeleton active />;
  if (!history.data.length) return <Empty description={t('history.none')} />;
  return (
    <HistoryTimeline
      testId="curator-history"
      entries={history.data}
      describe={({ from, to }) =>
        !from
          ? t('history.registered')
          : isStatus(to)
            ? t('history.to', { status: labelOf(CURATOR_STATUS_LABELS, to) })
            : to
      }
    />
  );
}
