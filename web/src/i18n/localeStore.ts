import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Locale = 'ko' | 'en';

/** Korean when the browser prefers Korean, English otherwise; the user's choice is persisted. */
export function detectLocale(languages: readonly string[]): Locale {
  return languages.some((language) => language.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

type LocaleState = {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
};

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: detectLocale(
        typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
      ),
      setLocale: (locale) => set({ locale }),
    }),
    { name: 'journeyflow.locale' },
  ),
);
