/**
 * Words of the live view (counters on the canvas and the live panel), merged into the main dictionary.
 * English is the reference; the Korean table must have every key (the type enforces it).
 */
export const liveEn = {
  'live.title': 'Live view',
  'live.counters': 'counters',
  'live.openDashboard': 'Open dashboard →',
  'live.entered': 'Entered',
  'live.inJourney': 'In journey now',
  'live.converted': 'Converted',
  'live.pickNode': 'Click a node to see the customers on it.',
  'live.nodeSummary': '{node}: {entered} entered · {active} waiting · {done} done',
  'live.noTraffic': '{node}: no traffic yet',
  'live.sendSummary': 'sent {sent} · failed {failed} · skipped {skipped}',
  'live.timeInNode': 'time in node p50 {p50} · p90 {p90} · p99 {p99}',
  'live.nobodyHere': 'Nobody is on this node right now.',
  'live.badge.in': '{n} in',
  'live.badge.waiting': '{n} waiting',
  'live.badge.sent': '{n} sent',
  'live.badge.skipped': '{n} skipped',
  'live.badge.failed': '{n} failed',
  'live.badge.dwell': 'p50 {d}',
} as const;

export type LiveMessageKey = keyof typeof liveEn;

export const liveKo: { readonly [K in LiveMessageKey]: string } = {
  'live.title': '실시간 현황',
  'live.counters': '카운터',
  'live.openDashboard': '대시보드 열기 →',
  'live.entered': '진입',
  'live.inJourney': '현재 진행 중',
  'live.converted': '전환',
  'live.pickNode': '노드를 클릭하면 그 노드에 있는 고객이 보입니다.',
  'live.nodeSummary': '{node}: 진입 {entered} · 대기 {active} · 완료 {done}',
  'live.noTraffic': '{node}: 아직 유입 없음',
  'live.sendSummary': '발송 {sent} · 실패 {failed} · 건너뜀 {skipped}',
  'live.timeInNode': '노드 체류 시간 p50 {p50} · p90 {p90} · p99 {p99}',
  'live.nobodyHere': '지금 이 노드에 있는 고객이 없습니다.',
  'live.badge.in': '{n} 진입',
  'live.badge.waiting': '{n} 대기',
  'live.badge.sent': '{n} 발송',
  'live.badge.skipped': '{n} 건너뜀',
  'live.badge.failed': '{n} 실패',
  'live.badge.dwell': 'p50 {d}',
};
