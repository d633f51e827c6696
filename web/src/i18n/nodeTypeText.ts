import { type NodeType, nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import type { Locale } from './localeStore';

/** A node type's title in the reader's language (both languages live in the shared node file). */
export function nodeTypeLabel(type: NodeType, locale: Locale): string {
  return locale === 'ko' ? nodeRegistry[type].ko.label : nodeRegistry[type].label;
}

/** A node type's one-line help in the given language. */
export function nodeTypeDescription(type: NodeType, locale: Locale): string {
  return locale === 'ko' ? nodeRegistry[type].ko.description : nodeRegistry[type].description;
}
