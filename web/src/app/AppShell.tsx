import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { authApi } from '../api/authApi';
import { queryKeys } from '../api/queryKeys';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ToastViewport } from '../components/ToastViewport';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import type { MessageKey } from '../i18n/dictionary';
import { useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';

const navItems: readonly { to: string; key: MessageKey }[] = [
  { to: '/journeys', key: 'nav.journeys' },
  { to: '/insights', key: 'nav.insights' },
  { to: '/customers', key: 'nav.customers' },
  { to: '/segments', key: 'nav.segments' },
  { to: '/templates', key: 'nav.templates' },
  { to: '/messages', key: 'nav.messages' },
  { to: '/settings', key: 'nav.settings' },
  { to: '/demo/shop', key: 'nav.demoShop' },
];

export function AppShell() {
  const t = useT();
  const { user } = useCurrentUser();
  const userId = user?.id ?? null;
  // Each user's language choice is remembered on this browser and restored when they sign in.
  useEffect(() => useLocaleStore.getState().adoptUser(userId), [userId]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.auth.me, null);
      void navigate('/login');
    },
  });
  return (
    <div className="jf-app">
      <header className="jf-topbar">
        <NavLink to="/journeys" className="jf-brand">
          <span className="jf-brand-mark" aria-hidden="true" />
          {t('app.name')}
        </NavLink>
        <nav className="jf-nav" aria-label={t('nav.main')}>
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) => `jf-nav-link${isActive ? ' is-active' : ''}`}
            >
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
        <div className="jf-topbar-right">
          <LanguageSwitch />
          {user && (
            <NavLink
              to="/settings/account"
              className="jf-user"
              title={user.email}
              aria-label={t('acct.menu', { name: user.name })}
            >
              {user.name} <span className={`jf-role role-${user.role}`}>{t(`role.${user.role}`)}</span>
            </NavLink>
          )}
          <button type="button" className="jf-button jf-button-ghost" onClick={() => logout.mutate()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main className="jf-main">
        <Outlet />
      </main>
      <ToastViewport />
    </div>
  );
}
