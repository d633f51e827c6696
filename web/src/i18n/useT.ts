import { useCallback } from 'react';
import { en, ko, type MessageKey } from './dictionary';
import { useLocaleStore } from './localeStore';

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

const dictionaries = { ko, en } as const;

/** Returns `t(key, values)` for the current locale; `{name}` placeholders are replaced by `values`. */
export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale);
  return useCallback<Translate>(
    (key, values) => {
      const text = dictionaries[locale][key];
      if (!values) return text;
      return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
    },
    [locale],
  );
}
