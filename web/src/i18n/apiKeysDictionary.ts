import type { ApiKeyScope } from '@journeyflow/shared/api/apiKeys';

/** Words of `/settings/api-keys`, merged into the main dictionary; the Korean table must have every key. */
export const apiKeysEn = {
  'cfg.tab.apiKeys': 'API keys',
  'keys.title': 'API keys',
  'keys.hint':
    'A key with only "Ingest" is a public write key you may put in a web page. Keys with any other scope are server keys: keep them on your backend.',
  'keys.name': 'Key name',
  'keys.scopes': 'Scopes',
  'keys.create': 'Create key',
  'keys.creating': 'Creating…',
  'keys.created': 'Copy this key now; it is not shown again:',
  'keys.empty': 'No API keys yet.',
  'keys.prefix': 'Starts with',
  'keys.lastUsed': 'Last used',
  'keys.never': 'Never',
  'keys.revoke': 'Revoke',
  'keys.revoked': 'Key revoked',
  'keys.scope.ingest': 'Ingest — events, customer upserts, /api/v1 (public)',
  'keys.scope.customers:erase': 'Erase customers',
  'keys.scope.inapp:token': 'Issue in-app tokens',
  'keys.scope.optouts:read': 'Read 080 opt-outs',
  'keys.scope.delivery:report': 'Report delivery status',
  'keys.scope.journeys:enroll': 'Enroll customers in journeys',
} as const satisfies Record<`keys.scope.${ApiKeyScope}`, string> & Record<string, string>;

export type ApiKeysMessageKey = keyof typeof apiKeysEn;

export const apiKeysKo: { readonly [K in ApiKeysMessageKey]: string } = {
  'cfg.tab.apiKeys': 'API 키',
  'keys.title': 'API 키',
  'keys.hint':
    '"수집" 권한만 있는 키는 웹 페이지에 넣어도 되는 공개 쓰기 키입니다. 다른 권한이 있는 키는 서버 키이므로 백엔드에만 두세요.',
  'keys.name': '키 이름',
  'keys.scopes': '권한',
  'keys.create': '키 만들기',
  'keys.creating': '만드는 중…',
  'keys.created': '지금 이 키를 복사하세요. 다시 보여 주지 않습니다:',
  'keys.empty': '아직 API 키가 없습니다.',
  'keys.prefix': '시작 문자',
  'keys.lastUsed': '마지막 사용',
  'keys.never': '사용 안 함',
  'keys.revoke': '폐기',
  'keys.revoked': '키를 폐기했습니다',
  'keys.scope.ingest': '수집 — 이벤트, 고객 등록, /api/v1 (공개)',
  'keys.scope.customers:erase': '고객 삭제',
  'keys.scope.inapp:token': '인앱 토큰 발급',
  'keys.scope.optouts:read': '080 수신거부 조회',
  'keys.scope.delivery:report': '발송 결과 보고',
  'keys.scope.journeys:enroll': '여정에 고객 등록',
};
