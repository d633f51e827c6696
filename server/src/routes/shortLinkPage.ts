/**
 * The page a customer sees for a short link that cannot redirect: unknown (404) or expired (410). The
 * customer is not a user of this product and has no language setting here, so it speaks Korean first
 * and English below (the web app's i18n does not reach this server-rendered page).
 */
const WORDS = {
  unknown: {
    ko: ['링크를 찾을 수 없어요', '주소가 정확한지 확인해 주세요. 메시지의 링크를 다시 눌러 보셔도 좋아요.'],
    en: ['This link was not found', 'Check the address, or open the link from the message again.'],
  },
  expired: {
    ko: [
      '링크의 유효 기간이 지났어요',
      '이 링크는 더 이상 사용할 수 없어요. 보낸 곳의 최신 안내를 확인해 주세요.',
    ],
    en: [
      'This link has expired',
      'It can no longer be used. Please check the latest message from the sender.',
    ],
  },
} as const;

export function shortLinkPage(kind: keyof typeof WORDS): string {
  const { ko, en } = WORDS[kind];
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${ko[0]} · ${en[0]}</title>
<style>body{font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Malgun Gothic",sans-serif;margin:0;
display:flex;min-height:100vh;align-items:center;justify-content:center;background:#f6f7f9;color:#1f2430}
main{max-width:26rem;padding:2rem;text-align:center}h1{font-size:1.25rem;margin:0 0 .5rem}
p{margin:0 0 1.5rem;color:#5b6272;line-height:1.5}hr{border:0;border-top:1px solid #dde1e8;margin:1.5rem 0}</style>
</head><body><main data-short-link="${kind}">
<h1>${ko[0]}</h1><p>${ko[1]}</p><hr><h1 lang="en">${en[0]}</h1><p lang="en">${en[1]}</p>
</main></body></html>`;
}
