import { Alert, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { HistoryTimeline } from '../../../shared/ui/HistoryTimeline';
import { workPlansOfYearPath } from '../paths';
import { PlanSections } from '../sections/PlanSections';
import { SectionFormModal } from '../sections/SectionFormModal';
import { usePlanNames } from '../usePlanNames';
import { isEditable, type WorkPlan, type WorkPlanStatus } from '../vocabulary';
import { WorkPlanKindTag, WorkPlanStatusTag } from '../WorkPlanTags';
import { PlanActions, type PlanDialog } from './PlanActions';
import { PlanFiles } from './PlanFiles';
import { PlanSummary } from './PlanSummary';
import { ApproveWorkPlanModal, ReturnWorkPlanModal } from './ReviewModals';
import { PageTitle } from '../../../shared/ui/PageTitle';

/** Where the plan stands, in a sentence: returned with the comment, awaiting the head. */
function StatusAlert({ plan, reviewer }: { plan: WorkPlan; reviewer: boolean }) {
  const { t } = useTranslation('workPlans');
  if (plan.status === 'returned')
    return (
      <Alert
        type="warning"
        showIcon
        title={t('plan.returnedBecause')}
        description={plan.reviewComment}
      />
    );
  if (plan.status === 'submitted')
    return (
      <Alert type="info" showIcon title={t(reviewer ? 'plan.awaitsYou' : 'plan.underReview')} />
    );
  return null;
}

/**
 * A work plan (000 §8.2, 001 §8.1): its sections and items, the way to approval and back,
 * the marks of an approved plan, its history, and the files to print and export.
 */
export function WorkPlanView({ plan }: { plan: WorkPlan }) {
  const { t } = useTranslation('workPlans');
  const { can } = usePermissions();
  const names = usePlanNames();
  const [dialog, setDialog] = useState<PlanDialog | null>(null);
  const close = () => setDialog(null);
  const writable = can('work-plans.write');
  const reviewer = can('work-plans.approve') && plan.status === 'submitted';

  return (
    <Flex vertical gap={16} data-testid="work-plan-view">
      <Link to={workPlansOfYearPath(plan.year)}>{t('plan.backToYear', { year: plan.year })}</Link>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex gap={8} align="center" wrap>
          <PageTitle style={{ margin: 0 }} data-testid="work-plan-title">
            {names.title(plan)}
          </PageTitle>
          <WorkPlanKindTag kind={plan.kind} />
          <WorkPlanStatusTag status={plan.status} />
        </Flex>
        <PlanFiles plan={plan} />
      </Flex>
      <StatusAlert plan={plan} reviewer={reviewer} />
      <PlanActions plan={plan} onDialog={setDialog} />
      <PlanSummary plan={plan} />
      {writable && isEditable(plan) && (
        <Typography.Text type="secondary">{t(`plan.editHint.${plan.kind}`)}</Typography.Text>
      )}
      <PlanSections plan={plan} writable={writable} />
      <div>
        <Typography.Title level={5}>{t('plan.history')}</Typography.Title>
        <HistoryTimeline
          testId="work-plan-history"
          entries={plan.history}
          describe={(entry) => t(`history.${entry.to as WorkPlanStatus}`)}
        />
      </div>
      {dialog === 'addSection' && <SectionFormModal plan={plan} onClose={close} />}
      {dialog === 'approve' && <ApproveWorkPlanModal plan={plan} onClose={close} />}
      {dialog === 'return' && <ReturnWorkPlanModal plan={plan} onClose={close} />}
    </Flex>
  );
}
