import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { lazyPage } from '../../app/router/lazyPage';

const AppealJournalPage = lazyPage(() => import('./AppealJournalPage'), 'AppealJournalPage');
const RegisterAppealPage = lazyPage(
  () => import('./register/RegisterAppealPage'),
  'RegisterAppealPage',
);

/** Routes of the appeals section (the journal, registering an appeal). */
export const appealsRoutes = (
  <Route path="/appeals" element={<RequirePermission anyOf={['appeals.read']} />}>
    <Route index element={<AppealJournalPage />} />
    <Route element={<RequirePermission anyOf={['appeals.write']} />}>
      <Route path="new" element={<RegisterAppealPage />} />
    </Route>
  </Route>
);
