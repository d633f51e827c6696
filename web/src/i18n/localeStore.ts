import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Locale = 'ko' | 'en';

/**
 * Korean for ko-* browsers and when the browser states no language (the product is Korean-first);
 * English for any other stated language.
 */
export function detectLocale(languages: readonly string[]): Locale {
  if (languages.length === 0) return 'ko';
  return languages.some((language) => language.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

type LocaleState = {
  readonly locale: Locale;
  /** Each signed-in user's own choice, by user id: a shared computer keeps one language per person. */
  readonly byUser: Readonly<Record<string, Locale>>;
  readonly userId: string | null;
  readonly setLocale: (locale: Locale) => void;
  /** Called when a user signs in: their remembered choice wins over whatever the browser had. */
  readonly adoptUser: (userId: string | null) => void;
};

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return (navigator.languages?.length ? navigator.languages : [navigator.language]).filter(Boolean);
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: detectLocale(browserLanguages()),
      byUser: {},
      userId: null,
      setLocale: (locale) =>
        set((state) => ({
          locale,
          byUser: state.userId ? { ...state.byUser, [state.userId]: locale } : state.byUser,
        })),
      adoptUser: (userId) =>
        set((state) => {
          const remembered = userId ? state.byUser[userId] : undefined;
          return { userId, locale: remembered ?? state.locale };
        }),
    }),
    {
      name: 'journeyflow.locale',
      partialize: (state) => ({ locale: state.locale, byUser: state.byUser }),
    },
  ),
);
