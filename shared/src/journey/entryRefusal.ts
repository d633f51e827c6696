/**
 * Why a customer was not let into a journey, as a stable code with params (SPEC §7a): the engine writes
 * it to the customer's trace and counts it per code in the journey's stats; the web renders it in the
 * reader's language from the same code and params (web/src/i18n), the English `message` is for logs.
 */
export const entryRefusalCodes = [
  'reentry_refused',
  'entry_limit',
  'where_mismatch',
  'behavior_window_not_met',
  'outside_active_period',
] as const;
export type EntryRefusalCode = (typeof entryRefusalCodes)[number];

export type EntryRefusalParams = {
  /** reentry_refused: which rule — `never`, `after_exit` (still in the journey) or `cooldown`. */
  readonly rule?: 'never' | 'after_exit' | 'cooldown';
  readonly cooldownSeconds?: number;
  /** entry_limit: customers per hour. */
  readonly limit?: number;
  /** where_mismatch / behavior_window_not_met: the entry's event. */
  readonly event?: string;
  /** behavior_window_not_met: what was counted against what was needed. */
  readonly count?: number;
  readonly minCount?: number;
  readonly withinSeconds?: number;
  /** behavior_window_not_met: `withoutEvent` happened, or the `groupBy` value was missing. */
  readonly withoutEvent?: string;
  readonly groupBy?: string;
  /** outside_active_period: the journey's period as set (ISO, journey timezone when without offset). */
  readonly startsAt?: string;
  readonly endsAt?: string;
  /** The evaluator's explanation (where_mismatch). */
  readonly detail?: string;
};

export type EntryRefusal = {
  readonly code: EntryRefusalCode;
  readonly params: EntryRefusalParams;
};

/** The English sentence for a refusal (trace `reason`, debug log). */
export const describeEntryRefusal = ({ code, params }: EntryRefusal): string => {
  switch (code) {
    case 'reentry_refused':
      if (params.rule === 'cooldown')
        return `did not enter: re-entry cooldown ${params.cooldownSeconds}s not over`;
      if (params.rule === 'after_exit')
        return 'did not enter: still in the journey (re-entry only after exit)';
      return 'did not enter: re-entry is never allowed';
    case 'entry_limit':
      return `did not enter: entry limit of ${params.limit} per hour reached`;
    case 'where_mismatch':
      return `did not enter: ${params.event} did not match the entry condition${params.detail ? ` (${params.detail})` : ''}`;
    case 'outside_active_period':
      return params.endsAt
        ? `did not enter: the journey ended at ${params.endsAt}`
        : `did not enter: the journey starts at ${params.startsAt}`;
    case 'behavior_window_not_met':
      if (params.withoutEvent) return `did not enter: ${params.withoutEvent} happened in the window`;
      if (params.groupBy && params.count === undefined)
        return `did not enter: the event has no ${params.groupBy}`;
      return `did not enter: ${params.count ?? 0} × ${params.event} within ${params.withinSeconds}s < ${params.minCount}`;
  }
};
