import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import ko from 'zod/v4/locales/ko.js';

/**
 * zod's own messages (forms validated in the browser) in the UI language: "Invalid input: expected
 * string, received undefined" reads as zod's Korean sentence for a Korean reader.
 */
export function applyZodLocale(locale: 'ko' | 'en'): void {
  // `jitless` again: the CSP forbids eval, and this may run before main.tsx's configureZod import.
  z.config({ ...(locale === 'ko' ? ko() : en()), jitless: true });
}
