import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from './dictionary';
import { i18n } from './i18n';

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * Returns `t(key, values)` in the current language (i18next underneath; every feature dictionary is a
 * namespace); `{name}` placeholders are replaced by `values`. Re-renders when the language changes.
 */
export function useT(): Translate {
  const { i18n: instance } = useTranslation(undefined, { i18n });
  const language = instance.language;
  return useCallback<Translate>(
    (key, values) => instance.getFixedT(language)(key, values ? { ...values } : undefined) as string,
    [instance, language],
  );
}

const fixedByLocale = new Map<string, Translate>();

/**
 * `t` for one language without a React subscription: for components drawn hundreds of times (canvas
 * cards) that already re-render on the locale store. Resources are bundled, so a language never loads late.
 */
export function translatorFor(locale: string): Translate {
  let translator = fixedByLocale.get(locale);
  if (!translator) {
    const fixed = i18n.getFixedT(locale);
    translator = (key, values) => fixed(key, values ? { ...values } : undefined) as string;
    fixedByLocale.set(locale, translator);
  }
  return translator;
}

/** The same lookup outside React (toasts raised from callbacks, tests). */
export function translate(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  return i18n.t(key, values ? { ...values } : undefined) as string;
}
