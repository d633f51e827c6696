import { en, type MessageKey } from '../../../i18n/dictionary';
import type { Translate } from '../../../i18n/useT';
import type { HandleInfo } from './nodeHandles';

/**
 * The words drawn beside an output handle in the reader's language: a split branch keeps the label its
 * author gave it; a fixed handle (`next`, `failed`, `yes`, …) is translated.
 */
export function handleLabel(t: Translate, handle: HandleInfo): string {
  const key = `handle.${handle.id}`;
  return handle.label === handle.id && key in en ? t(key as MessageKey) : handle.label;
}
