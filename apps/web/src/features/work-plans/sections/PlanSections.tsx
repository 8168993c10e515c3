import { App, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import type { ItemAction } from '../items/ItemActions';
import { ItemFormModal } from '../items/ItemFormModal';
import { ItemsTable } from '../items/ItemsTable';
import { MarkItemModal } from '../items/MarkItemModal';
import { MoveItemModal } from '../items/MoveItemModal';
import { useRemoveItem } from '../useWorkPlanChanges';
import { isEditable, type WorkPlan, type WorkPlanItem, type WorkPlanSection } from '../vocabulary';
import { SectionFormModal } from './SectionFormModal';

type Dialog =
  | { kind: 'addItem'; sectionId: string }
  | { kind: 'editSection'; section: WorkPlanSection }
  | { kind: 'edit' | 'done' | 'not_done' | 'move'; item: WorkPlanItem };

/**
 * The plan's sections in order, each with its items. While the plan is editable sections
 * are renamed and items added, changed or taken out (after a confirmation); once approved,
 * items are marked and moved on.
 */
export function PlanSections({ plan, writable }: { plan: WorkPlan; writable: boolean }) {
  const { t } = useTranslation('workPlans');
  const { message, modal } = App.useApp();
  const notifyProblem = useProblemNotice();
  const remove = useRemoveItem();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const editable = writable && isEditable(plan);

  const confirmRemove = (item: WorkPlanItem) =>
    modal.confirm({
      title: t('items.removeTitle'),
      content: t('items.removeText', { title: item.title }),
      okText: t('actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: () =>
        remove
          .mutateAsync({
            params: {
              path: { planId: plan.id, itemId: item.id },
              query: { version: plan.version },
            },
          })
          .then(() => void message.success(t('items.removed')))
          .catch(notifyProblem),
    });

  const act = (action: ItemAction, item: WorkPlanItem) => {
    if (action === 'remove') confirmRemove(item);
    else setDialog({ kind: action, item });
  };

  if (plan.sections.length === 0)
    return (
      <Empty
        description={t(editable ? 'sections.noneEditable' : 'sections.none')}
        data-testid="work-plan-sections"
      />
    );

  return (
    <Flex vertical gap={16} data-testid="work-plan-sections">
      {plan.sections.map((section) => (
        <Card
          key={section.id}
          size="small"
          data-testid={`section-${section.position}`}
          title={
            <Typography.Text strong style={{ whiteSpace: 'normal' }}>
              {section.position}. {section.title}
            </Typography.Text>
          }
          extra={
            editable && (
              <Space wrap size={4}>
                <Button
                  size="small"
                  aria-label={t('sections.renameNamed', { title: section.title })}
                  onClick={() => setDialog({ kind: 'editSection', section })}
                >
                  {t('sections.rename')}
                </Button>
                <Button
                  size="small"
                  aria-label={t('items.addNamed', { title: section.title })}
                  onClick={() => setDialog({ kind: 'addItem', sectionId: section.id })}
                >
                  {t('items.add')}
                </Button>
              </Space>
            )
          }
        >
          {section.items.length > 0 ? (
            <ItemsTable plan={plan} section={section} writable={writable} onAction={act} />
          ) : (
            <Typography.Text type="secondary">{t('sections.empty')}</Typography.Text>
          )}
        </Card>
      ))}
      {dialog?.kind === 'addItem' && (
        <ItemFormModal plan={plan} sectionId={dialog.sectionId} onClose={close} />
      )}
      {dialog?.kind === 'editSection' && (
        <SectionFormModal plan={plan} section={dialog.section} onClose={close} />
      )}
      {dialog?.kind === 'edit' && <ItemFormModal plan={plan} item={dialog.item} onClose={close} />}
      {(dialog?.kind === 'done' || dialog?.kind === 'not_done') && (
        <MarkItemModal plan={plan} item={dialog.item} mark={dialog.kind} onClose={close} />
      )}
      {dialog?.kind === 'move' && <MoveItemModal plan={plan} item={dialog.item} onClose={close} />}
    </Flex>
  );
}
