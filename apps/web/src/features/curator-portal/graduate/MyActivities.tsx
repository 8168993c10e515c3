import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Button, Card, Empty, Flex, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import { ActivityStatusTag } from '../../plans/PlanTags';
import { isOpen, type MyActivity } from '../vocabulary';
import { CompleteActivityModal } from './CompleteActivityModal';

/** One activity: what, by when (overdue in red), and «Выполнено» while it is open. */
function ActivityItem({ activity, onDone }: { activity: MyActivity; onDone: () => void }) {
  const { t } = useTranslation('curatorPortal');
  const labelOf = useLabel();
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      data-testid="my-activity"
      style={activity.overdue ? { borderColor: token.colorError } : undefined}
      styles={{ body: { padding: 12 } }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {labelOf(LIFE_DOMAIN_LABELS, activity.domain)}
        </Typography.Text>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {activity.title}
        </Typography.Text>
        {activity.description && (
          <Typography.Text style={{ whiteSpace: 'pre-line' }}>
            {activity.description}
          </Typography.Text>
        )}
        <Flex gap={8} align="center" wrap>
          <Typography.Text type={activity.overdue ? 'danger' : undefined} strong={activity.overdue}>
            {t('activities.dueOn', { date: formatDate(activity.dueOn) })}
          </Typography.Text>
          <ActivityStatusTag status={activity.status} overdue={activity.overdue} />
        </Flex>
        {activity.status === 'done' && (
          <Typography.Text>
            <Typography.Text type="secondary">{formatDate(activity.doneOn)}: </Typography.Text>
            {activity.result}
          </Typography.Text>
        )}
        {isOpen(activity) && (
          <Button type="primary" ghost size="large" block onClick={onDone}>
            {t('activities.complete')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** The plan activities given to the curator: open ones first, by due date. */
export function MyActivities({ activities }: { activities: MyActivity[] }) {
  const { t } = useTranslation('curatorPortal');
  const [completing, setCompleting] = useState<MyActivity | null>(null);
  const sorted = [...activities.filter(isOpen), ...activities.filter((a) => !isOpen(a))];
  // After a refusal the card reloads: a retry uses the plan's current version.
  const current = completing && (activities.find(({ id }) => id === completing.id) ?? completing);
  return (
    <Flex vertical gap={8} data-testid="my-activities">
      {sorted.length === 0 && <Empty description={t('activities.none')} />}
      {sorted.map((activity) => (
        <ActivityItem
          key={activity.id}
          activity={activity}
          onDone={() => setCompleting(activity)}
        />
      ))}
      {current && <CompleteActivityModal activity={current} onClose={() => setCompleting(null)} />}
    </Flex>
  );
}
