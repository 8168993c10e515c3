import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { WorkPlansPage } from './list/WorkPlansPage';
import { WorkPlanPage } from './plan/WorkPlanPage';
import { WORK_PLANS_PATH } from './paths';

/** Routes of the work plans section: the list by year and one plan. */
export const workPlansRoutes = (
  <Route path={WORK_PLANS_PATH} element={<RequirePermission anyOf={['work-plans.read']} />}>
    <Route index element={<WorkPlansPage />} />
    <Route path=":id" element={<WorkPlanPage />} />
  </Route>
);
