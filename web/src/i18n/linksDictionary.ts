/**
 * Words of tracked links (the send node's "링크 추적" switch, UTM fields, byte counts with short links,
 * click rates on the live canvas and in the report) and of predicted next purchases, merged into the
 * main dictionary. English is the reference; the Korean table must have every key.
 */
export const linksEn = {
  'links.tracking': 'Track links',
  'links.trackingHint':
    'Links are shortened when sent ({example}) and clicks are recorded as message_clicked. The saved message keeps your links.',
  'links.utm': 'UTM parameters',
  'links.utmDefault': 'default: {value}',
  'links.bytesShortened': 'Sent with short links: {bytes} bytes · {kind}',
  'links.bytesOriginal': 'As typed: {bytes} bytes · {kind}',
  'links.clicks': 'Clicks {unique} unique / {total} total',
  'links.clickRate': 'Click rate',
  'live.badge.clicks': 'clicked {rate} ({n})',
  'links.host': 'Short link host',
  'links.hostHint':
    'Tracked links are sent as {example}. Leave empty to use this installation’s address; the host must lead to Journeyflow.',
  'links.hostInvalid': 'Enter an http(s) address with no path, such as https://go.example.com.',
  'links.reportTitle': 'Link clicks',
  'links.reportNode': 'Step',
  'links.reportUnique': 'Unique clicks',
  'links.reportTotal': 'All clicks',
  'links.reportMessages': 'Messages with links',
  'predicted.title': 'Predicted next purchase',
  'predicted.nextAt': 'Expected on',
  'predicted.interval': 'Purchase cycle',
  'predicted.intervalDays': 'every {days} days',
  'predicted.confidence': 'Confidence',
  'predicted.none': 'Not enough purchases to predict yet.',
  'predicted.offsetBefore': '{days} days before',
  'predicted.offsetAfter': '{days} days after',
  'predicted.offsetOn': 'on the day',
  'predicted.offsetDays': 'Offset (days, negative = before)',
};

export const linksKo: { readonly [K in keyof typeof linksEn]: string } = {
  'links.tracking': '링크 추적',
  'links.trackingHint':
    '보낼 때 링크를 짧은 링크({example})로 바꾸고, 클릭을 message_clicked 이벤트로 기록합니다. 저장된 메시지의 링크는 그대로입니다.',
  'links.utm': 'UTM 파라미터',
  'links.utmDefault': '기본값: {value}',
  'links.bytesShortened': '짧은 링크로 발송: {bytes}바이트 · {kind}',
  'links.bytesOriginal': '입력한 그대로: {bytes}바이트 · {kind}',
  'links.clicks': '클릭 고유 {unique} / 전체 {total}',
  'links.clickRate': '클릭률',
  'live.badge.clicks': '클릭 {rate} ({n})',
  'links.host': '짧은 링크 도메인',
  'links.hostHint':
    '추적 링크는 {example} 형태로 발송됩니다. 비워 두면 이 설치의 기본 주소를 씁니다. 이 도메인은 Journeyflow로 연결되어 있어야 합니다.',
  'links.hostInvalid': '경로 없이 http(s) 주소를 입력하세요. 예: https://go.example.com',
  'links.reportTitle': '링크 클릭',
  'links.reportNode': '단계',
  'links.reportUnique': '고유 클릭',
  'links.reportTotal': '전체 클릭',
  'links.reportMessages': '링크가 있는 메시지',
  'predicted.title': '다음 구매 예측',
  'predicted.nextAt': '예상 구매일',
  'predicted.interval': '구매 주기',
  'predicted.intervalDays': '{days}일마다',
  'predicted.confidence': '신뢰도',
  'predicted.none': '예측하기에는 아직 구매가 부족합니다.',
  'predicted.offsetBefore': '{days}일 전',
  'predicted.offsetAfter': '{days}일 후',
  'predicted.offsetOn': '당일',
  'predicted.offsetDays': '오프셋 (일, 음수 = 이전)',
};
