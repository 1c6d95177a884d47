import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../lib/session-hooks';
import { useRoles } from '../lib/roles';
import { FullPageLoader } from '../components/full-page-loader';
import { homeOf } from './navigation';

/** Pages behind the login: signed-out visitors go to /login and come back afterwards. */
export function RequireSession({ children }: { children: ReactNode }): ReactNode {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return children;
}

/** `/` opens the home of the role the person is acting in. */
export function RoleHome(): ReactNode {
  const { role, fetching } = useRoles();
  if (fetching) return <FullPageLoader />;
  return <Navigate to={homeOf(role)} replace />;
}
