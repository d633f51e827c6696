import { Navigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/** `/settings`: admins land on the channel providers, everyone else on the prices they can read. */
export function SettingsIndexRedirect() {
  const { user } = useCurrentUser();
  return <Navigate to={user?.role === 'admin' ? '/settings/channels' : '/settings/prices'} replace />;
}
