import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { REGIONAL_PATH, REPORTS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const ReportsPage = lazyPage(() => import('./list/ReportsPage'), 'ReportsPage');
const RegionalReportPage = lazyPage(
  () => import('./regional/RegionalReportPage'),
  'RegionalReportPage',
);
const RegionalReportsPage = lazyPage(
  () => import('./regional/RegionalReportsPage'),
  'RegionalReportsPage',
);
const RegionalSummaryPage = lazyPage(
  () => import('./regional/RegionalSummaryPage'),
  'RegionalSummaryPage',
);
const ReportPage = lazyPage(() => import('./report/ReportPage'), 'ReportPage');
const ReportVersionPage = lazyPage(() => import('./report/ReportVersionPage'), 'ReportVersionPage');

/** The «Отчёты» section: the list and calendar, one report, one submitted version. */
export const reportsRoutes = (
  <Route path={REPORTS_PATH} element={<RequirePermission anyOf={['reports.read']} />}>
    <Route index element={<ReportsPage />} />
    <Route path=":id" element={<ReportPage />} />
    <Route path=":id/versions/:number" element={<ReportVersionPage />} />
  </Route>
);

/** The regional user's pages: the institutions' reports, one of them, and their sum. */
export const regionalRoutes = (
  <Route path={REGIONAL_PATH} element={<RequirePermission anyOf={['reports.regional']} />}>
    <Route index element={<RegionalReportsPage />} />
    <Route path="reports/:id" element={<RegionalReportPage />} />
    <Route path="summary" element={<RegionalSummaryPage />} />
  </Route>
);
