import { useCurrentUser } from './useCurrentUser';

/** Whether the signed-in user is an admin: only admins change workspace settings (the server checks too). */
export function useIsAdmin(): boolean {
  const { user } = useCurrentUser();
  return user?.role === 'admin';
}
