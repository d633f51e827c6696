import { NavLink, Outlet } from 'react-router';
import { PageHead } from '../../../components/PageHead';
import { useT } from '../../../i18n/useT';
import '../settings.css';
import { settingsSections } from '../settingsSections';

/**
 * `/settings/*`: a side navigation of plain links (Tab / Enter, `aria-current` on the open section) and
 * the open section beside it.
 */
export function SettingsLayout() {
  const t = useT();
  return (
    <div className="jf-page jf-settings">
      <PageHead title={t('page.settings')} />
      <div className="jf-settings-body">
        <nav className="jf-settings-nav" aria-label={t('cfg.sections')}>
          {settingsSections.map((section) => (
            <NavLink
              key={section.path}
              to={`/settings/${section.path}`}
              className={({ isActive }) => `jf-settings-link${isActive ? ' is-active' : ''}`}
            >
              {t(section.key)}
            </NavLink>
          ))}
        </nav>
        <section className="jf-settings-content">
          <Outlet />
        </section>
      </div>
    </div>
  );
}
