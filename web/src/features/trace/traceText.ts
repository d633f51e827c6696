import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { zonedTime } from '../../components/zonedTime';
import { en, type MessageKey } from '../../i18n/dictionary';
import { durationText } from '../../i18n/durationText';
import { channelLabel } from '../../i18n/labels';
import { refusalText } from '../../i18n/refusalText';
import type { Translate } from '../../i18n/useT';

const REFUSAL_CODES = new Set([
  'reentry_refused',
  'entry_limit',
  'where_mismatch',
  'behavior_window_not_met',
  'outside_active_period',
]);

/** True for a refused entry (no run) rather than a step of a run. */
export const isRefusal = (entry: Pick<TraceEntry, 'code'>): boolean =>
  entry.code !== undefined && REFUSAL_CODES.has(entry.code);

const has = (key: string): key is MessageKey => key in en;
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * A trace entry in the reader's language from its `code` + `params` ("'구매' 이벤트를 최대 3일 기다리는 중",
 * "3일 대기 후 '구매' 이벤트 없음 → 시간 초과"); the server's English `reason` when the code is unknown.
 */
export function traceText(t: Translate, entry: TraceEntry, language: string): string {
  if (!entry.code) return entry.reason;
  const params = entry.params ?? {};
  if (isRefusal(entry)) return refusalText(t, entry.code, params);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = str(value);
  if (typeof params.seconds === 'number') values.duration = durationText(t, params.seconds);
  if (typeof params.channel === 'string') values.channel = channelLabel(t, params.channel);
  if (typeof params.fallback === 'string') values.fallback = channelLabel(t, params.fallback);
  for (const name of ['until', 'at'] as const)
    if (typeof params[name] === 'string')
      values[name] = zonedTime(String(params[name]), language, entry.timezone);
  if (typeof params.why === 'string') {
    const why = `skip.${params.why}`;
    values.why = has(why) ? t(why) : params.why;
  }
  if (typeof params.outcome === 'string') {
    const outcome = `outcome.${params.outcome}`;
    values.outcome = has(outcome) ? t(outcome) : params.outcome;
  }
  if (typeof params.handle === 'string') {
    const handle = `handle.${params.handle}`;
    values.handle = has(handle) ? t(handle) : params.handle;
  }
  let key = `trace.${entry.code}`;
  if (entry.code === 'entry.behavior' && params.without) key = 'trace.entry.behaviorWithout';
  if (entry.code === 'send.queued' && params.fallback) key = 'trace.send.queuedFallback';
  return has(key) ? t(key, values) : entry.reason;
}
