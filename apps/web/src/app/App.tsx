import './providers/global.css';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './providers/AppProviders';
import { AppRoutes } from './router/AppRoutes';

// A data router (not <BrowserRouter>) so forms can block navigation with unsaved changes
// (useBlocker); the route tree itself stays declarative in AppRoutes.
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
