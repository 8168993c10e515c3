import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { canMove, isEditable, isMarkable, type WorkPlan, type WorkPlanItem } from '../vocabulary';

export type ItemAction = 'edit' | 'remove' | 'done' | 'not_done' | 'move';

/**
 * What can be done to an item now: edited or taken out while the plan is a draft; marked
 * done or not done once approved (a mark may be corrected); moved on when not done.
 */
export function itemActions(plan: WorkPlan, item: WorkPlanItem): ItemAction[] {
  if (isEditable(plan)) return ['edit', 'remove'];
  if (!isMarkable(plan)) return [];
  switch (item.status) {
    case 'planned':
      return ['done', 'not_done'];
    case 'done':
      return ['not_done'];
    case 'not_done':
      return canMove(plan, item) ? ['move', 'done'] : ['done'];
    default:
      return [];
  }
}

const LABELS = {
  edit: 'actions.edit',
  remove: 'actions.remove',
  done: 'marks.done',
  not_done: 'marks.notDone',
  move: 'marks.move',
} as const satisfies Record<ItemAction, string>;

/** The item's buttons, named for screen readers by the action (the row names the item). */
export function ItemActions({
  plan,
  item,
  onAction,
}: {
  plan: WorkPlan;
  item: WorkPlanItem;
  onAction: (action: ItemAction) => void;
}) {
  const { t } = useTranslation('workPlans');
  const actions = itemActions(plan, item);
  if (actions.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          type={action === 'done' || action === 'move' ? 'primary' : 'default'}
          ghost={action === 'done' || action === 'move'}
          danger={action === 'remove' || action === 'not_done'}
          onClick={() => onAction(action)}
        >
          {t(LABELS[action])}
        </Button>
      ))}
    </Flex>
  );
}
