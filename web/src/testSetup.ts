import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { useToastStore } from './components/toastStore';
import { useLocaleStore } from './i18n/localeStore';

/**
 * Runs before every test file. Test files share one jsdom window and one module graph (`isolate: false`),
 * so whatever a file leaves behind — rendered trees, the chosen language, toasts, storage, the URL, fake
 * timers, stubbed globals — is put back here to what a freshly loaded page has.
 */

// A new state object, so the store notifies i18next even when a file switched i18next's language directly.
useLocaleStore.setState({ ...useLocaleStore.getInitialState() }, true);
useToastStore.setState({ toasts: [] });
// Files marked `@vitest-environment node` have no window.
if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
  document.title = '';
}

// Testing Library only unmounts by itself when test globals are enabled; they are not here.
afterEach(cleanup);

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
