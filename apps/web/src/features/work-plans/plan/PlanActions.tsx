import { App, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { useSubmitWorkPlan } from '../useWorkPlanChanges';
import { isEditable, isSubmittable, itemsOf, type WorkPlan } from '../vocabulary';

export type PlanDialog = 'addSection' | 'approve' | 'return';

/**
 * The plan's next steps for this user: add a section and submit (staff, while editable);
 * approve or return (heads, while submitted). Nothing for those who only read.
 */
export function PlanActions({
  plan,
  onDialog,
}: {
  plan: WorkPlan;
  onDialog: (dialog: PlanDialog) => void;
}) {
  const { t } = useTranslation('workPlans');
  const { can } = usePermissions();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const submit = useSubmitWorkPlan();
  const writable = can('work-plans.write');
  const editable = writable && isEditable(plan);
  const reviewer = can('work-plans.approve') && plan.status === 'submitted';
  const empty = itemsOf(plan).length === 0;

  if (!editable && !reviewer) return null;

  const send = () =>
    submit.mutate(
      { params: { path: { id: plan.id } }, body: { version: plan.version } },
      {
        onSuccess: () => void message.success(t('review.submitted')),
        onError: notifyProblem,
      },
    );

  return (
    <Space wrap data-testid="work-plan-actions">
      {reviewer && (
        <>
          <Button type="primary" onClick={() => onDialog('approve')}>
            {t('review.approve')}
          </Button>
          <Button danger onClick={() => onDialog('return')}>
            {t('review.return')}
          </Button>
        </>
      )}
      {editable && (
        <>
          <Button onClick={() => onDialog('addSection')}>{t('sections.add')}</Button>
          {isSubmittable(plan) && (
            <Tooltip title={empty ? t('review.needsItem') : undefined}>
              <Button type="primary" disabled={empty} loading={submit.isPending} onClick={send}>
                {t('review.submit')}
              </Button>
            </Tooltip>
          )}
        </>
      )}
    </Space>
  );
}
