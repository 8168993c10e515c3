import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Curator } from '../vocabulary';

/** Hours attended of the hours the institution requires, as a bar and in words. */
export function TrainingProgress({
  curator,
  compact = false,
}: {
  curator: Pick<Curator, 'trainingHours' | 'requiredHours'>;
  /** One short line for tables. */
  compact?: boolean;
}) {
  const { t } = useTranslation('curators');
  const { trainingHours, requiredHours } = curator;
  const percent = requiredHours > 0 ? Math.min(100, (trainingHours / requiredHours) * 100) : 100;
  const done = trainingHours >= requiredHours;
  const text = t('training.progress', { hours: trainingHours, required: requiredHours });
  return (
    <Flex
      vertical
      gap={0}
      style={{ minWidth: compact ? 120 : 220 }}
      data-testid="training-progress"
    >
      <Typography.Text style={compact ? { fontSize: 13 } : undefined}>{text}</Typography.Text>
      <Progress
        percent={percent}
        showInfo={false}
        size="small"
        status={done ? 'success' : 'normal'}
        aria-label={text}
      />
      {!compact && !done && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('training.left', { hours: requiredHours - trainingHours })}
        </Typography.Text>
      )}
    </Flex>
  );
}
