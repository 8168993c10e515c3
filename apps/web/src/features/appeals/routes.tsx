import { Route } from 'react-router';
import { AppealJournalPage } from './AppealJournalPage';

/** Routes of the appeals section (the journal, registering an appeal). */
export const appealsRoutes = (
  <Route path="/appeals">
    <Route index element={<AppealJournalPage />} />
  </Route>
);
