/**
 * Words for refused journey entries (trace view and live panel), rendered from the engine's refusal
 * `code` + `params` (shared/journey/entryRefusal). Merged into the main dictionary.
 */
export const refusalEn = {
  'refusal.title': 'Did not enter',
  'refusal.attempts': '{n} times',
  'refusal.reentry.never': 'Re-entry is never allowed',
  'refusal.reentry.after_exit': 'Still in the journey (re-entry only after exit)',
  'refusal.reentry.cooldown': 'Re-entry wait of {duration} not over',
  'refusal.entry_limit': 'Entry limit of {limit} per hour reached',
  'refusal.where_mismatch': '{event} did not match the entry condition',
  'refusal.behavior.count': '{count} × {event} within {window}, needs {minCount}',
  'refusal.behavior.without': '{event} happened within the window',
  'refusal.behavior.group': 'The event has no {groupBy}',
  'refusal.period.before': 'The journey starts at {at}',
  'refusal.period.after': 'The journey ended at {at}',
  'refusal.unknown': 'Refused ({code})',
  'refusal.short.reentry_refused': 'Re-entry rule',
  'refusal.short.entry_limit': 'Entry limit',
  'refusal.short.where_mismatch': 'Entry condition not met',
  'refusal.short.behavior_window_not_met': 'Behaviour not met',
  'refusal.short.outside_active_period': 'Outside the active period',
  'refusal.summary.title': 'Refused entries',
  'refusal.summary.item': '{label}: {n}',
} as const;

export type RefusalMessageKey = keyof typeof refusalEn;

export const refusalKo: { readonly [K in RefusalMessageKey]: string } = {
  'refusal.title': '진입 거절',
  'refusal.attempts': '{n}회',
  'refusal.reentry.never': '재진입 불가 (한 번만 진입)',
  'refusal.reentry.after_exit': '아직 여정 진행 중 (종료 후에만 재진입)',
  'refusal.reentry.cooldown': '재진입 대기 시간 {duration}이 지나지 않음',
  'refusal.entry_limit': '시간당 진입 한도 {limit}명 도달',
  'refusal.where_mismatch': '{event} 이벤트가 진입 조건과 맞지 않음',
  'refusal.behavior.count': '{window} 안에 {event} {count}회 (필요: {minCount}회)',
  'refusal.behavior.without': '기간 안에 {event} 이벤트가 있음',
  'refusal.behavior.group': '이벤트에 {groupBy} 값이 없음',
  'refusal.period.before': '여정 시작 전 (시작: {at})',
  'refusal.period.after': '여정 종료 후 (종료: {at})',
  'refusal.unknown': '진입 거절 ({code})',
  'refusal.short.reentry_refused': '재진입 제한',
  'refusal.short.entry_limit': '진입 한도',
  'refusal.short.where_mismatch': '진입 조건 불일치',
  'refusal.short.behavior_window_not_met': '행동 조건 미충족',
  'refusal.short.outside_active_period': '운영 기간 외',
  'refusal.summary.title': '진입 거절',
  'refusal.summary.item': '{label} {n}명',
};
