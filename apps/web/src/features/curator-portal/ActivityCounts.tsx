import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyGraduate } from './vocabulary';

/** The curator's activities not yet done, and how many of them are overdue. */
export function ActivityCounts({
  graduate,
}: {
  graduate: Pick<MyGraduate, 'openActivities' | 'overdueActivities'>;
}) {
  const { t } = useTranslation('curatorPortal');
  return (
    <Space size={4} wrap data-testid="activity-counts">
      <Tag color={graduate.openActivities ? 'blue' : 'default'}>
        {t('home.open', { n: graduate.openActivities })}
      </Tag>
      {graduate.overdueActivities > 0 && (
        <Tag color="red">{t('home.overdue', { n: graduate.overdueActivities })}</Tag>
      )}
    </Space>
  );
}
