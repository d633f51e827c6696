import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { ComponentType } from 'react';
import type { Locale } from '../../../i18n/localeStore';
import { type Translate, translatorFor } from '../../../i18n/useT';
import type { NodeFormProps } from '../components/inspector/forms/formProps';

/** Settings as the canvas holds them: a draft may be unfinished, so summaries read them loosely. */
export type DraftSettings = Record<string, unknown>;

/** The web's side of one node type (titles and help come from the shared registry, in both languages). */
export type WebNodePlugin<T extends NodeType> = {
  /** The inspector's settings form. */
  readonly Form: ComponentType<NodeFormProps<T>>;
  /** A 24×24 stroke icon as one SVG path (drawn inline: no icon font or image request). */
  readonly icon: string;
  /** One line under the node title saying what the step does with its current settings. */
  readonly summary: (settings: DraftSettings, locale: Locale) => string;
  /**
   * Draws the summary line itself when it needs workspace data (e.g. a segment's name); `fallback` is
   * `summary`'s text. Only types that need it have one, so other cards subscribe to nothing.
   */
  readonly SummaryView?: ComponentType<{ readonly settings: DraftSettings; readonly fallback: string }>;
};

export type WebNodePlugins = { readonly [T in NodeType]: WebNodePlugin<T> };

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export type { DraftJourneyNode };

/** The dictionary in a given language, for summaries drawn outside React (the canvas cards' text). */
export const summaryT = (locale: Locale): Translate => translatorFor(locale);
