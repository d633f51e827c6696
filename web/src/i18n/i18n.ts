// First: zod is set jitless before any module of this chunk parses (the CSP forbids eval).
import '../configureZod';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyZodLocale } from '../zodLocale';
import { useLocaleStore } from './localeStore';
import { COMMON_NAMESPACE, i18nResources, namespaceNames } from './namespaces';

/**
 * The app's one i18next instance. Resources are bundled (no backend), so init and language changes are
 * synchronous. Keys are flat (`list.title`), placeholders are `{name}`, and React escapes output itself.
 * The language follows the locale store, which remembers each user's choice.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: i18nResources(),
  lng: useLocaleStore.getState().locale,
  fallbackLng: 'en',
  ns: namespaceNames,
  defaultNS: COMMON_NAMESPACE,
  fallbackNS: namespaceNames.filter((name) => name !== COMMON_NAMESPACE),
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnNull: false,
  interpolation: {
    prefix: '{',
    suffix: '}',
    escapeValue: false,
  },
  // A placeholder without a value stays visible as `{name}` (as before i18next) rather than vanishing.
  missingInterpolationHandler: (_text: string, match: RegExpExecArray) => match[0],
});

applyZodLocale(useLocaleStore.getState().locale);
useLocaleStore.subscribe((state) => {
  if (i18n.language !== state.locale) void i18n.changeLanguage(state.locale);
  applyZodLocale(state.locale);
});
