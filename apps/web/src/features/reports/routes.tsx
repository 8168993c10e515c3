import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { ReportsPage } from './list/ReportsPage';
import { REGIONAL_PATH, REPORTS_PATH } from './paths';
import { RegionalReportPage } from './regional/RegionalReportPage';
import { RegionalReportsPage } from './regional/RegionalReportsPage';
import { RegionalSummaryPage } from './regional/RegionalSummaryPage';
import { ReportPage } from './report/ReportPage';
import { ReportVersionPage } from './report/ReportVersionPage';

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
