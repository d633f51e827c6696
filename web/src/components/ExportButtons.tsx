import { canSeePersonalData } from '@journeyflow/shared/audience/personalData';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';

type Filters = Readonly<Record<string, string | number | undefined>>;
const formats = ['csv', 'xlsx'] as const;

/** `/api/…/export?format=&lang=&<filters>`: empty filters are left out, headers follow the UI language. */
export const exportHref = (
  path: string,
  format: (typeof formats)[number],
  lang: string,
  filters: Filters = {},
): string => {
  const params = new URLSearchParams({ format, lang });
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return `${path}?${params.toString()}`;
};

/**
 * "내보내기: CSV · 엑셀" — plain download links, so the browser streams the file to disk with its own
 * progress bar and the session cookie; the server applies `filters` and masks personal data by role.
 */
export function ExportButtons({ path, filters }: { readonly path: string; readonly filters?: Filters }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const { user } = useCurrentUser();
  const masked = user ? !canSeePersonalData(user.role) : false;
  return (
    <fieldset
      className="jf-row"
      style={{ border: 0, padding: 0, margin: 0, gap: 6, alignItems: 'center' }}
      aria-label={t('export.label')}
      title={masked ? t('export.masked') : undefined}
    >
      <span className="jf-hint">{t('export.label')}</span>
      {formats.map((format) => (
        <a
          key={format}
          className="jf-button jf-button-ghost"
          href={exportHref(path, format, locale, filters)}
          title={t(`export.${format}Title`)}
          download
        >
          {t(`export.${format}`)}
        </a>
      ))}
    </fieldset>
  );
}
