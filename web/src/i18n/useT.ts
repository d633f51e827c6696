import { useMemo } from 'react';
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
  // The remembered lookups of translatorFor: the same texts, without an i18next lookup per call.
  return useMemo(() => translatorFor(language), [language]);
}

const fixedByLocale = new Map<string, Translate>();
/** Above this many remembered texts per language the memo starts over (texts with values vary without end). */
const MEMO_LIMIT = 5_000;

/**
 * `t` for one language without a React subscription: for components drawn hundreds of times (canvas
 * cards) that already re-render on the locale store. Resources are bundled, so a language never loads late
 * and a text, once looked up, never changes: each (key, values) is looked up in i18next once (≈ 0.1 ms a
 * lookup, several per card) and remembered.
 */
export function translatorFor(locale: string): Translate {
  let translator = fixedByLocale.get(locale);
  if (!translator) {
    const fixed = i18n.getFixedT(locale);
    const memo = new Map<string, string>();
    translator = (key, values) => {
      const memoKey = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let text = memo.get(memoKey);
      if (text === undefined) {
        text = fixed(key, values ? { ...values } : undefined) as string;
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(memoKey, text);
      }
      return text;
    };
    fixedByLocale.set(locale, translator);
  }
  return translator;
}

/** The same lookup outside React (toasts raised from callbacks, tests). */
export function translate(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  return i18n.t(key, values ? { ...values } : undefined) as string;
}
