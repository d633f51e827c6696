import type { ValueChange } from '@journeyflow/shared/journey/journeyDiffSchema';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import type { MessageKey } from '../../../i18n/dictionary';
import type { Locale } from '../../../i18n/localeStore';
import type { Translate } from '../../../i18n/useT';
import { formatDuration } from '../../editor/utils/formatDuration';

/** One change as a reviewer reads it: which setting, the old and new values, and whether it is prose. */
export type ChangeInWords = {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  /** Message text (or a name): shown as a word diff instead of "old → new". */
  readonly isText: boolean;
};

type ValueKind = 'duration' | 'channel' | 'purpose' | 'text' | 'plain';
type FieldRule = readonly [RegExp, MessageKey, ValueKind];

/** Setting paths (after `settings.` / the template prefix) to their words; the first match wins. */
const FIELDS: readonly FieldRule[] = [
  [/^label$/, 'rw.field.label', 'text'],
  [/^type$/, 'rw.field.type', 'plain'],
  [/^(timeoutSeconds|seconds)$/, 'rw.field.waitTime', 'duration'],
  [/withinSeconds$/, 'rw.field.within', 'duration'],
  [/cooldownSeconds$/, 'rw.field.cooldown', 'duration'],
  [/perSeconds$/, 'rw.field.capPeriod', 'duration'],
  [/attributionWindowSeconds$/, 'rw.field.attribution', 'duration'],
  [/^frequencyCap\.max$/, 'rw.field.capMax', 'plain'],
  [/^fallback\./, 'rw.field.fallback', 'text'],
  [/^content\.variables\./, 'rw.field.variable', 'text'],
  [/^content\.buttons/, 'rw.field.buttons', 'plain'],
  [/(^|\.)text$/, 'rw.field.text', 'text'],
  [/(^|\.)subject$/, 'rw.field.subject', 'text'],
  [/(^|\.)title$/, 'rw.field.title', 'text'],
  [/^content\.body$/, 'rw.field.body', 'text'],
  [/(^|\.)html$/, 'rw.field.html', 'text'],
  [/(^|\.)imageUrl$/, 'rw.field.imageUrl', 'plain'],
  [/(^|\.)deepLink$/, 'rw.field.deepLink', 'plain'],
  [/(^|\.)ctaLabel$/, 'rw.field.ctaLabel', 'text'],
  [/(^|\.)ctaUrl$/, 'rw.field.ctaUrl', 'plain'],
  [/^content\.url$/, 'rw.field.url', 'plain'],
  [/templateCode$/, 'rw.field.templateCode', 'plain'],
  [/^templateId$/, 'rw.field.template', 'plain'],
  [/^channel$/, 'rw.field.channel', 'channel'],
  [/^purpose$/, 'rw.field.purpose', 'purpose'],
  [/^withoutEvent$/, 'rw.field.withoutEvent', 'plain'],
  [/^minCount$/, 'rw.field.minCount', 'plain'],
  [/^(goal)(\.|$)/, 'rw.field.goal', 'plain'],
  [/^exitOn/, 'rw.field.exitOn', 'plain'],
  [/(^|\.)event$/, 'rw.field.event', 'plain'],
  [/^segmentId$/, 'rw.field.segment', 'plain'],
  [/^(to|from|grades)$/, 'rw.field.grades', 'plain'],
  [/^(where|condition)/, 'rw.field.condition', 'plain'],
  [/^branches/, 'rw.field.branches', 'plain'],
  [/^time$/, 'rw.field.time', 'plain'],
  [/^days$/, 'rw.field.days', 'plain'],
  [/^cron$/, 'rw.field.schedule', 'plain'],
  [/^at$/, 'rw.field.at', 'plain'],
  [/^attribute$/, 'rw.field.attribute', 'plain'],
  [/^set/, 'rw.field.set', 'plain'],
  [/^timezone$/, 'rw.field.timezone', 'plain'],
  [/^quietHours/, 'rw.field.quietHours', 'plain'],
  [/^reentry/, 'rw.field.reentry', 'plain'],
  [/^entryLimit$/, 'rw.field.entryLimit', 'plain'],
  [/^holdoutPercent$/, 'rw.field.holdout', 'plain'],
  [/^startsAt$/, 'rw.field.startsAt', 'plain'],
  [/^endsAt$/, 'rw.field.endsAt', 'plain'],
];

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

function valueInWords(value: unknown, kind: ValueKind, t: Translate, locale: Locale): string {
  if (value === undefined || value === null || value === '') return t('rw.value.none');
  if (kind === 'duration' && typeof value === 'number') return formatDuration(value, locale);
  if (kind === 'channel' && channelSchema.safeParse(value).success)
    return t(`cfg.channel.${value as string}` as MessageKey);
  if (kind === 'purpose' && (value === 'ad' || value === 'info')) return t(`preview.purpose.${value}`);
  if (typeof value === 'boolean') return t(value ? 'rw.value.yes' : 'rw.value.no');
  if (typeof value === 'number') return value.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
  if (typeof value === 'string') return kind === 'text' ? value : short(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return short(value.join(', '));
  return short(JSON.stringify(value));
}

/**
 * A diff entry in the reviewer's words: "대기 시간: 1일 → 12시간" instead of
 * "settings.timeoutSeconds: 86400 → 43200". Node paths start with `settings.`; saved-template texts with
 * `templates.<id>.`, registered AlimTalk bodies with `alimtalk.<code>.`.
 */
export function describeChange(
  change: ValueChange,
  t: Translate,
  locale: Locale,
  /** Saved templates' names by id, so a pinned template's change names it. */
  templateName: (id: string) => string | undefined = () => undefined,
): ChangeInWords {
  let path = change.path.replace(/^settings\./, '');
  let field: string | undefined;
  let kind: ValueKind = 'plain';
  const pinnedTemplate = /^templates\.([^.]+)\.(.+)$/.exec(path);
  const pinnedAlimtalk = /^alimtalk\.([^.]+)\.(.+)$/.exec(path);
  if (pinnedAlimtalk) {
    field = t('rw.field.alimtalkBody', { name: pinnedAlimtalk[1] ?? '' });
    kind = 'text';
  } else if (pinnedTemplate) {
    const id = pinnedTemplate[1] ?? '';
    path = pinnedTemplate[2] ?? path;
    if (path.startsWith('content.')) {
      field = t('rw.field.templateText', { name: templateName(id) ?? id });
      kind = 'text';
    }
  }
  if (field === undefined) {
    const rule = FIELDS.find(([pattern]) => pattern.test(path));
    if (rule) {
      const name = path.split('.').pop() ?? path;
      field = t(rule[1], { name: `#{${name}}` });
      kind = rule[2];
    } else {
      field = t('rw.field.other', { name: path });
    }
  }
  return {
    field,
    before: valueInWords(change.before, kind, t, locale),
    after: valueInWords(change.after, kind, t, locale),
    isText: kind === 'text' && (typeof change.before === 'string' || typeof change.after === 'string'),
  };
}
