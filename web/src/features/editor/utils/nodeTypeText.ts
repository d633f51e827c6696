import { type NodeType, nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import type { Locale } from '../../../i18n/localeStore';

/** Korean names and one-line help of each node type; English comes from the shared registry. */
const korean: Record<NodeType, { label: string; description: string }> = {
  'entry.event': { label: '이벤트 발생', description: '고객이 특정 이벤트를 하면 시작합니다.' },
  'entry.segment': { label: '세그먼트 진입', description: '고객이 세그먼트에 들어오면 시작합니다.' },
  'entry.grade': { label: '등급 변경', description: '고객 등급이 바뀌면 시작합니다.' },
  'entry.behavior': { label: '행동 패턴', description: '정해진 기간에 이벤트를 여러 번 하면 시작합니다.' },
  'entry.schedule': { label: '예약 실행', description: '정해진 시각에 세그먼트 고객이 시작합니다.' },
  'wait.duration': { label: '시간 대기', description: '정해진 시간만큼 기다립니다.' },
  'wait.until': { label: '날짜까지 대기', description: '특정 날짜 또는 고객 속성의 날짜까지 기다립니다.' },
  'wait.time_of_day': { label: '시각까지 대기', description: '고객 시간대의 다음 지정 시각까지 기다립니다.' },
  'wait.predicted': { label: '예측 날짜 대기', description: '예측된 날짜(예: 다음 구매일)까지 기다립니다.' },
  'wait.event': { label: '이벤트 대기', description: '이벤트를 기다리고, 시간이 지나면 timeout으로 갑니다.' },
  condition: { label: '조건 분기', description: '조건에 따라 yes 또는 no로 갑니다.' },
  'split.multi': { label: '다중 분기', description: '처음으로 맞는 분기로, 없으면 else로 갑니다.' },
  'split.random': { label: '무작위 분기 (A/B)', description: '비율에 따라 무작위로 나눕니다.' },
  send: { label: '메시지 발송', description: '문자, 알림톡, 푸시, 인앱, 이메일 등으로 보냅니다.' },
  update: { label: '속성 변경', description: '고객 속성 값을 바꿉니다.' },
  exit: { label: '종료', description: '고객이 여정을 마칩니다.' },
};

export function nodeTypeLabel(type: NodeType, locale: Locale): string {
  return locale === 'ko' ? korean[type].label : nodeRegistry[type].label;
}

export function nodeTypeDescription(type: NodeType, locale: Locale): string {
  return locale === 'ko' ? korean[type].description : nodeRegistry[type].description;
}
