import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { Locale } from '../../../i18n/localeStore';
import { webNodePlugins } from '../nodes/webNodePlugins';

/** One line under the node title saying what the step does with its current settings (from its plugin). */
export function nodeSummary(type: NodeType, settings: DraftJourneyNode['settings'], locale: Locale): string {
  return webNodePlugins[type].summary(settings as Record<string, unknown>, locale);
}
