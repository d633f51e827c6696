import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { Locale } from '../../../i18n/localeStore';
import { webNodePlugins } from '../nodes/webNodePlugins';

/**
 * Summaries by settings object: the store replaces a node's settings on every edit and never changes one
 * in place, so a card scrolled back into view (or redrawn for a selection) reuses its line.
 */
const summaries = new WeakMap<object, Map<string, string>>();

/** One line under the node title saying what the step does with its current settings (from its plugin). */
export function nodeSummary(type: NodeType, settings: DraftJourneyNode['settings'], locale: Locale): string {
  let byLocale = summaries.get(settings);
  if (!byLocale) {
    byLocale = new Map();
    summaries.set(settings, byLocale);
  }
  const key = `${type}|${locale}`;
  let summary = byLocale.get(key);
  if (summary === undefined) {
    summary = webNodePlugins[type].summary(settings as Record<string, unknown>, locale);
    byLocale.set(key, summary);
  }
  return summary;
}
