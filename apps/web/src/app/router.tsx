import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth';
import { NotificationsPage } from '../features/notification';
import { AppLayout } from './layout/app-layout';
import { RequireSession, RoleHome } from './guards';
import { RouteError } from './route-error';

/**
 * Client routes. Each role's pages come from their feature as a lazily loaded chunk (code split per role), so a
 * trainee's phone downloads only the trainee pages.
 */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RoleHome /> },
      {
        path: 'trainee',
        children: [
          { index: true, lazy: () => import('../features/ojt').then((m) => ({ Component: m.TraineeHomePage })) },
        ],
      },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
