import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { MessageKey } from '../../../i18n/dictionary';
import { i18n } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/localeStore';

/** A node type's name in the given language, from the `node.<type>.*` dictionary keys. */
export function nodeTypeLabel(type: NodeType, locale: Locale): string {
  return i18n.getFixedT(locale)(`node.${type}.label` satisfies MessageKey);
}

/** A node type's one-line help in the given language. */
export function nodeTypeDescription(type: NodeType, locale: Locale): string {
  return i18n.getFixedT(locale)(`node.${type}.description` satisfies MessageKey);
}
