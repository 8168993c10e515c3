import { Alert, Drawer, Flex, Grid, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { CuratorAssignments } from '../assignments/CuratorAssignments';
import { CuratorConsultations } from '../consultations/CuratorConsultations';
import { AttendedSessions } from '../training/AttendedSessions';
import { useCurator } from '../useCurators';
import { CuratorActions } from './CuratorActions';
import { CuratorDetails } from './CuratorDetails';
import { CuratorHistory } from './CuratorHistory';
import { CuratorStatusTag } from './CuratorStatusTag';
import { DocumentsCheck } from './DocumentsCheck';

type CardTab = 'details' | 'assignments' | 'consultations' | 'training' | 'history';
const TABS: readonly CardTab[] = ['details', 'assignments', 'consultations', 'training', 'history'];

/**
 * A candidate's or curator's card: the actions their status and the user's permissions
 * allow, then the details and documents, the graduates assigned, the consultations given,
 * the sessions attended and the history. Full width on a phone.
 */
export function CuratorDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('curators');
  const screens = Grid.useBreakpoint();
  const curator = useCurator(id);
  const [tab, setTab] = useState<CardTab>('details');
  const data = curator.data;

  const content = (current: NonNullable<typeof data>): Record<CardTab, React.ReactNode> => ({
    details: (
      <Flex vertical gap={24}>
        <DocumentsCheck curator={current} />
        <CuratorDetails curator={current} />
      </Flex>
    ),
    assignments: <CuratorAssignments curator={current} />,
    consultations: <CuratorConsultations curator={current} />,
    training: <AttendedSessions curator={current} />,
    history: <CuratorHistory curatorId={current.id} />,
  });

  return (
    <Drawer
      open
      size={screens.md ? 900 : '100%'}
      title={data ? data.fullName : t('card.loading')}
      extra={data && <CuratorStatusTag status={data.status} />}
      onClose={onClose}
      destroyOnHidden
      data-testid="curator-drawer"
    >
      <ProblemAlert error={curator.error} />
      {!data ? (
        !curator.error && <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          {data.status === 'left' && <Alert type="info" showIcon title={t('card.leftNote')} />}
          {data.status === 'paused' && (
            <Alert type="warning" showIcon title={t('card.pausedNote')} />
          )}
          <CuratorActions curator={data} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as CardTab)}
            items={TABS.map((key) => ({
              key,
              label: t(`card.tabs.${key}`),
              children: content(data)[key],
            }))}
          />
        </Flex>
      )}
    </Drawer>
  );
}
