import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { WORK_PLANS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const WorkPlansPage = lazyPage(() => import('./list/WorkPlansPage'), 'WorkPlansPage');
const WorkPlanPage = lazyPage(() => import('./plan/WorkPlanPage'), 'WorkPlanPage');

/** Routes of the work plans section: the list by year and one plan. */
export const workPlansRoutes = (
  <Route path={WORK_PLANS_PATH} element={<RequirePermission anyOf={['work-plans.read']} />}>
    <Route index element={<WorkPlansPage />} />
    <Route path=":id" element={<WorkPlanPage />} />
  </Route>
);
