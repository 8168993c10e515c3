import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { WORK_PLANS_PATH } from '../paths';
import { useWorkPlan } from '../useWorkPlans';
import { WorkPlanView } from './WorkPlanView';

/** /work-plans/:id — one plan, or why it cannot be shown (another institution's: 404). */
export function WorkPlanPage() {
  const { t } = useTranslation('workPlans');
  const { id } = useParams();
  const plan = useWorkPlan(id);
  if (plan.data) return <WorkPlanView plan={plan.data} />;
  if (plan.error)
    return (
      <Flex vertical gap={16} align="flex-start">
        <ProblemAlert error={plan.error} />
        <Link to={WORK_PLANS_PATH}>{t('plan.backToList')}</Link>
      </Flex>
    );
  return <PageSpinner />;
}
