import { type Locale, useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const setLocale = useLocaleStore((state) => state.setLocale);
  return (
    <select
      className="jf-input jf-lang"
      aria-label={t('nav.language')}
      value={locale}
      onChange={(event) => setLocale(event.target.value as Locale)}
    >
      <option value="ko">한국어</option>
      <option value="en">English</option>
    </select>
  );
}
