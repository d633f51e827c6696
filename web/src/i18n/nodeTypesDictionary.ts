/** Each node type's name and one-line help, as the palette, canvas, inspector and trace show them. */
export const nodeTypesEn = {
  'summary.chooseEvent': 'Choose an event',
  'summary.chooseSegment': 'Choose a segment',
  'summary.chooseGrades': 'Choose grades',
  'summary.behavior': '{event} ×{count} in {duration}',
  'summary.behaviorWithout': '{event} ×{count} in {duration}, no {without}',
  'summary.waitEvent': '{event}, up to {duration}',
  'summary.yesNo': 'yes / no',
  'summary.branches': '{n} branches',
  'summary.send': '{channel} · {purpose}',
  'summary.api': 'Entered by API (POST …/enroll)',
  'summary.apiFiltered': 'Entered by API (POST …/enroll), with a condition',
  'duration.value': '{amount} {unit}',
  'duration.unit.minute': 'minute',
  'duration.unit.hour': 'hour',
  'duration.unit.day': 'day',
  'duration.unit.minutes': 'minutes',
  'duration.unit.hours': 'hours',
  'duration.unit.days': 'days',
} as const;

export type NodeTypesMessageKey = keyof typeof nodeTypesEn;

export const nodeTypesKo: { readonly [K in NodeTypesMessageKey]: string } = {
  'summary.chooseEvent': '이벤트를 고르세요',
  'summary.chooseSegment': '세그먼트를 고르세요',
  'summary.chooseGrades': '등급을 고르세요',
  'summary.behavior': '{event} {count}회 / {duration}',
  'summary.behaviorWithout': '{event} {count}회 / {duration}, {without} 없음',
  'summary.waitEvent': '{event} 최대 {duration}',
  'summary.yesNo': '예 / 아니오',
  'summary.branches': '{n}개 분기',
  'summary.send': '{channel} · {purpose}',
  'summary.api': 'API로 진입 (POST …/enroll)',
  'summary.apiFiltered': 'API로 진입 (POST …/enroll), 조건 있음',
  'duration.value': '{amount}{unit}',
  'duration.unit.minute': '분',
  'duration.unit.hour': '시간',
  'duration.unit.day': '일',
  'duration.unit.minutes': '분',
  'duration.unit.hours': '시간',
  'duration.unit.days': '일',
};
