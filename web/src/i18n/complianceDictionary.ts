/**
 * Compliance issues (issue 13) by their stable `code`, with `{param}` placeholders filled from the
 * issue's `params` (see `issueText`). English is the reference; the Korean table must have every key.
 * Also the total ad cap row of Settings → Ads & opt-out.
 */
export const complianceEn = {
  'issue.ad_missing_prefix':
    'An ad must start with "{prefix}" (Korean advertising law): add it at the start of the {field}.',
  'issue.ad_missing_optout': 'An ad must say how to refuse further ads for free: add a "{mark} 080-…" line.',
  'issue.ad_missing_sender': 'An ad must name the sender: add "{sender}" (e.g. "(광고)[{sender}] …").',
  'issue.ad_optout_number_mismatch':
    "The opt-out line must name this workspace's free 080 number {number} (Settings → Ads & opt-out).",
  'issue.info_marked_as_ad':
    'This message starts with "{prefix}" but is marked informational: mark it as an ad so consent and night-time rules apply.',
  'issue.alimtalk_ad_forbidden':
    'AlimTalk may only carry informational messages: send ads by Brand Message or SMS, or mark this message informational.',
  'issue.brandmessage_ad_only':
    'A Brand Message is promotional: mark it as an ad, or send information by AlimTalk or SMS.',
  'issue.template_purpose_mismatch':
    'The template "{template}" is marked {templatePurpose}, but this step is marked {purpose}; an ad template is always sent as an ad.',
  'issue.template_not_found': 'The template "{templateId}" does not exist in this workspace.',
  'issue.template_channel_mismatch':
    'The template "{template}" is for {templateChannel}, but this step sends by {channel}.',
  'issue.alimtalk_template_not_found':
    'No registered AlimTalk template has the code "{code}"; AlimTalk can only send templates Kakao approved.',
  'issue.alimtalk_variable_missing': 'The template "{template}" needs a value for {variables}.',
  'issue.alimtalk_variable_unused':
    'The template "{template}" has no {variables}; that value is never shown.',
  'issue.sms_too_long':
    'The text is {bytes} bytes; a text message can carry at most {max} bytes (Hangul counts 2).',
  'issue.sms_subject_too_long': 'The subject is {bytes} bytes; an LMS subject can have at most {max} bytes.',
  'issue.sms_unsupported_chars': 'Text messages cannot show {chars}; phones would show "?" instead.',
  'issue.brandmessage_too_long': 'The text has {length} characters; a Brand Message can have at most {max}.',
  'issue.fallback_same_channel': 'An SMS cannot fall back to SMS; remove the fallback.',
  'purpose.ad': 'an ad',
  'purpose.info': 'informational',
  'templates.notCompliant': 'This template breaks the advertising rules:',
  'settings.totalAdCap': 'Total ad cap (all channels)',
  'settings.totalAdCapHint':
    'At most this many ads per customer across every channel in the window, on top of the per-channel cap.',
  'settings.totalAdCapEnabled': 'Limit ads across channels',
  'settings.totalAdCapMax': 'At most',
  'settings.totalAdCapHours': 'ads on all channels in (hours)',
  'settings.totalAdCapRule': 'Total ad cap: at most {max} ads per customer on all channels in {hours} h.',
  'settings.totalAdCapOff': 'Total ad cap: off — only the per-channel cap limits ads.',
} as const;

export type ComplianceMessageKey = keyof typeof complianceEn;

export const complianceKo: { readonly [K in ComplianceMessageKey]: string } = {
  'issue.ad_missing_prefix':
    '광고는 "{prefix}"로 시작해야 합니다(정보통신망법). {field} 맨 앞에 넣어 주세요.',
  'issue.ad_missing_optout': '광고에는 무료 수신거부 방법이 있어야 합니다. "{mark} 080-…" 줄을 넣어 주세요.',
  'issue.ad_missing_sender':
    '광고에는 보내는 사람이 표시되어야 합니다. "{sender}"를 넣어 주세요(예: "(광고)[{sender}] …").',
  'issue.ad_optout_number_mismatch':
    '수신거부 줄에는 이 워크스페이스의 080 번호 {number}가 있어야 합니다(설정 → 광고 표기·수신거부).',
  'issue.info_marked_as_ad':
    '"{prefix}"로 시작하지만 정보성으로 표시되어 있습니다. 광고로 표시해야 동의·야간 규칙이 적용됩니다.',
  'issue.alimtalk_ad_forbidden':
    '알림톡은 정보성 메시지만 보낼 수 있습니다. 광고는 브랜드 메시지나 문자로 보내거나, 정보성으로 표시해 주세요.',
  'issue.brandmessage_ad_only':
    '브랜드 메시지는 광고용입니다. 광고로 표시하거나, 정보성 안내는 알림톡·문자로 보내 주세요.',
  'issue.template_purpose_mismatch':
    '템플릿 "{template}"은(는) {templatePurpose} 템플릿인데 이 단계는 {purpose}(으)로 되어 있습니다. 광고 템플릿은 항상 광고로 발송됩니다.',
  'issue.template_not_found': '템플릿 "{templateId}"이(가) 이 워크스페이스에 없습니다.',
  'issue.template_channel_mismatch':
    '템플릿 "{template}"은(는) {templateChannel}용인데 이 단계는 {channel}로 보냅니다.',
  'issue.alimtalk_template_not_found':
    '코드 "{code}"로 등록된 알림톡 템플릿이 없습니다. 알림톡은 카카오가 승인한 템플릿만 보낼 수 있습니다.',
  'issue.alimtalk_variable_missing': '템플릿 "{template}"에 {variables} 값이 필요합니다.',
  'issue.alimtalk_variable_unused': '템플릿 "{template}"에는 {variables}가 없어 이 값은 표시되지 않습니다.',
  'issue.sms_too_long':
    '본문이 {bytes}바이트입니다. 문자는 최대 {max}바이트까지 보낼 수 있습니다(한글 2바이트).',
  'issue.sms_subject_too_long': '제목이 {bytes}바이트입니다. LMS 제목은 최대 {max}바이트입니다.',
  'issue.sms_unsupported_chars': '문자에서 {chars}는 표시되지 않고 "?"로 보입니다.',
  'issue.brandmessage_too_long': '본문이 {length}자입니다. 브랜드 메시지는 최대 {max}자입니다.',
  'issue.fallback_same_channel': '문자는 문자로 대체 발송할 수 없습니다. 대체 발송을 지워 주세요.',
  'purpose.ad': '광고',
  'purpose.info': '정보성',
  'templates.notCompliant': '이 템플릿은 광고 규정을 지키지 않습니다:',
  'settings.totalAdCap': '전체 광고 발송 한도(모든 채널)',
  'settings.totalAdCapHint':
    '채널별 한도와 별도로, 기간 안에 모든 채널을 합쳐 고객 1명에게 보낼 수 있는 광고 수입니다.',
  'settings.totalAdCapEnabled': '채널 합산 광고 제한',
  'settings.totalAdCapMax': '최대',
  'settings.totalAdCapHours': '건 / 모든 채널, 기간(시간)',
  'settings.totalAdCapRule': '전체 광고 한도: 고객 1명당 모든 채널 합산 {hours}시간에 최대 {max}건.',
  'settings.totalAdCapOff': '전체 광고 한도: 꺼짐 — 채널별 한도만 적용됩니다.',
};
