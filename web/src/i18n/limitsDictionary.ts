import type { LimitName } from '@journeyflow/shared/limits';

/**
 * Words for size caps (`limit_exceeded`), segment reference loops and failed segment refreshes,
 * merged into the main dictionary. English is the reference; the Korean table must have every key.
 */
export const limitsEn = {
  'limits.exceeded': 'Too large: at most {max} {what}.',
  'limits.graphNodes': 'steps in a journey',
  'limits.graphEdges': 'connections in a journey',
  'limits.splitBranches': 'branches in a split',
  'limits.conditionDepth': 'levels of nesting in a condition',
  'limits.conditionLeaves': 'tests in a condition',
  'limits.inListLength': 'values in an "is one of" list',
  'limits.jsonDepth': 'levels of nesting in the data sent',
  'limits.segmentReferenceDepth': 'segments referring to each other in a chain',
  'limits.enrollBatch': 'customers in one enrolment call',
  'segments.cycle': 'Segments cannot refer to each other in a loop: {cycle}.',
  'segments.refreshFailedBadge': 'Refresh failed',
  'segments.refreshFailed':
    'The last refresh of this segment failed ({when}): {error}. Its count may be out of date; other segments were refreshed. Fix the condition and save to try again.',
} as const;

export const limitsKo: { readonly [K in keyof typeof limitsEn]: string } = {
  'limits.exceeded': '너무 큽니다: {what}은(는) 최대 {max}개까지입니다.',
  'limits.graphNodes': '여정의 단계',
  'limits.graphEdges': '여정의 연결',
  'limits.splitBranches': '분기의 가지',
  'limits.conditionDepth': '조건의 중첩 단계',
  'limits.conditionLeaves': '조건의 항목',
  'limits.inListLength': '"다음 중 하나" 목록의 값',
  'limits.jsonDepth': '보낸 데이터의 중첩 단계',
  'limits.segmentReferenceDepth': '서로 참조하는 세그먼트의 연쇄',
  'limits.enrollBatch': '한 번의 등록 호출에 담는 고객',
  'segments.cycle': '세그먼트는 서로를 순환 참조할 수 없습니다: {cycle}.',
  'segments.refreshFailedBadge': '갱신 실패',
  'segments.refreshFailed':
    '이 세그먼트의 마지막 갱신이 실패했습니다({when}): {error}. 인원 수가 최신이 아닐 수 있습니다. 다른 세그먼트는 갱신되었습니다. 조건을 고친 뒤 저장하면 다시 시도합니다.',
};

export const limitKey = (limit: LimitName) => `limits.${limit}` as const;
