import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';

export function RequireAuth({ children }: { readonly children: ReactNode }) {
  const { user, isLoading } = useCurrentUser();
  const location = useLocation();
  if (isLoading || user === undefined) return <PageSkeleton />;
  if (user === null)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
