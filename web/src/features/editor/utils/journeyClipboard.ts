import { type GraphFragment, parseFragment } from './graphFragment';

const STORAGE_KEY = 'journeyflow.clipboard';

/**
 * Copied steps go to localStorage (so another journey in this browser can paste them, even in another
 * tab) and, when allowed, to the system clipboard as JSON (so they can be pasted in another browser).
 */
export function writeClipboard(fragment: GraphFragment): void {
  const text = JSON.stringify(fragment);
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage full or blocked: the system clipboard may still work.
  }
  void navigator.clipboard?.writeText(text).catch(() => undefined);
}

export function readClipboard(systemText?: string): GraphFragment | undefined {
  const fromSystem = parseFragment(systemText);
  if (fromSystem) return fromSystem;
  try {
    return parseFragment(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}
