/**
 * Words of grade tiers (features/grades). English is the reference;
 * the Korean table must have every key. Accessible names the tests use stay in English in both tables.
 */
export const gradesEn = {
  'inspector.noGradeTiers': 'No grade tiers yet: define them under Settings → Grades.',
  'grades.title': 'Grades',
  'grades.saved': 'Saved; customers were re-graded.',
  'grades.useExample': 'Start from the example tiers',
  'grades.newTier': 'Tier {n}',
  'grades.addTier': 'Add tier',
  'grades.help':
    "Tiers are tried from the top; the first whose rule matches is the customer's grade. Grades are recomputed on every purchase and nightly, and each change starts grade-change journeys.",
  'grades.emptyTitle': 'No grade tiers yet',
  'grades.emptyBody':
    'Define tiers such as VIP (90-day spend ≥ 1,000,000 KRW), Gold, Silver, Bronze and Dormant, or start from the example tiers.',
  'grades.tierLabel': 'Tier {name}',
  'grades.name': 'Grade name',
  'grades.moveUp': 'Move up',
  'grades.moveDown': 'Move down',
  'grades.remove': 'Remove tier',
  'grades.everyoneElse': 'Everyone else.',
  'grades.addRule': 'Add a rule',
} as const;

export const gradesKo: { readonly [K in keyof typeof gradesEn]: string } = {
  'inspector.noGradeTiers': '등급이 아직 없습니다. 설정 → 등급에서 정의하세요.',
  'grades.title': '등급',
  'grades.saved': '저장했습니다. 고객 등급을 다시 계산했습니다.',
  'grades.useExample': '예시 등급으로 시작',
  'grades.newTier': '등급 {n}',
  'grades.addTier': '등급 추가',
  'grades.help':
    '위에서부터 차례로 확인해 처음으로 규칙에 맞는 등급이 고객의 등급이 됩니다. 구매할 때마다, 그리고 매일 밤 다시 계산하며, 등급이 바뀌면 등급 변경 여정이 시작됩니다.',
  'grades.emptyTitle': '아직 등급이 없습니다',
  'grades.emptyBody':
    'VIP(90일 구매액 1,000,000원 이상), 골드, 실버, 브론즈, 휴면 같은 등급을 정의하거나 예시 등급으로 시작하세요.',
  'grades.tierLabel': '{name} 등급',
  'grades.name': '등급 이름',
  'grades.moveUp': '위로',
  'grades.moveDown': '아래로',
  'grades.remove': '등급 삭제',
  'grades.everyoneElse': '그 밖의 모든 고객.',
  'grades.addRule': '규칙 추가',
};
