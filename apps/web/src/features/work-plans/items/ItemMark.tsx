import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { usePlanNames } from '../usePlanNames';
import type { WorkPlanItem } from '../vocabulary';
import { ItemStatusTag } from '../WorkPlanTags';

/** «Отметка о выполнении»: the status, when it was marked, the note, and where it moved. */
export function ItemMark({ item }: { item: WorkPlanItem }) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  return (
    <Flex vertical gap={2} align="flex-start">
      <ItemStatusTag status={item.status} />
      {item.markedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(item.markedAt)}
        </Typography.Text>
      )}
      {item.note && (
        <Typography.Text style={{ whiteSpace: 'pre-line' }}>{item.note}</Typography.Text>
      )}
      {item.move && (
        <Typography.Text type="secondary" data-testid="item-move">
          {t('marks.movedTo', {
            target: names.title({ year: item.move.toYear, month: item.move.toMonth }),
            reason: item.move.reason,
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Where a monthly item came from: the annual plan, or the month before. */
export function ItemOrigin({ item }: { item: WorkPlanItem }) {
  const { t } = useTranslation('workPlans');
  if (item.movedFromItemId)
    return (
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {t('items.carriedOver')}
      </Typography.Text>
    );
  if (item.annualItemId)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('items.fromAnnual')}
      </Typography.Text>
    );
  return null;
}
