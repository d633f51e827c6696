import { NavLink, Outlet } from 'react-router';
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
      <div className="jf-page-head">
        <h1 className="jf-page-title">{t('page.settings')}</h1>
      </div>
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
