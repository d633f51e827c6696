/**
 * Names of a message's content fields as the journey inspector labels them and as issues name them
 * (`{field}`), and of the editor's output handles and the user roles. English keeps the raw names the
 * inspector has always shown; Korean translates them. Merged into the main dictionary.
 */
export const contentFieldEn = {
  'content.subject': 'subject',
  'content.text': 'text',
  'content.imageUrl': 'imageUrl',
  'content.templateCode': 'templateCode',
  'content.title': 'title',
  'content.body': 'body',
  'content.deepLink': 'deepLink',
  'content.ctaLabel': 'ctaLabel',
  'content.ctaUrl': 'ctaUrl',
  'content.html': 'html',
  'content.url': 'url',
  'handle.next': 'next',
  'handle.failed': 'failed',
  'handle.yes': 'yes',
  'handle.no': 'no',
  'handle.matched': 'matched',
  'handle.timeout': 'timeout',
  'handle.else': 'else',
  'role.admin': 'admin',
  'role.marketer': 'marketer',
  'role.reviewer': 'reviewer',
};

export const contentFieldKo: { readonly [K in keyof typeof contentFieldEn]: string } = {
  'content.subject': '제목',
  'content.text': '본문',
  'content.imageUrl': '이미지 URL',
  'content.templateCode': '템플릿 코드',
  'content.title': '제목',
  'content.body': '본문',
  'content.deepLink': '딥링크',
  'content.ctaLabel': '버튼 문구',
  'content.ctaUrl': '버튼 URL',
  'content.html': 'HTML',
  'content.url': 'URL',
  'handle.next': '다음',
  'handle.failed': '실패',
  'handle.yes': '예',
  'handle.no': '아니오',
  'handle.matched': '발생',
  'handle.timeout': '시간 초과',
  'handle.else': '그 외',
  'role.admin': '관리자',
  'role.marketer': '마케터',
  'role.reviewer': '검토자',
};
