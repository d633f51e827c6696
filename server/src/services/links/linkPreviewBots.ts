/**
 * User agents of link-preview scrapers: messengers and social sites fetch a link to draw its card the
 * moment it is posted, long before (or without) anyone opening it. Their fetches still get the redirect
 * but never count as clicks. The KakaoTalk in-app browser (`KAKAOTALK`) is a person; `kakaotalk-scrap` is not.
 */
const PREVIEW_BOTS =
  /kakaotalk-scrap|slackbot|slack-imgproxy|facebookexternalhit|facebot|twitterbot|linkedinbot|discordbot|telegrambot|whatsapp\/|skypeuripreview|embedly|pinterestbot|redditbot|vkshare|bingpreview|google-pagerenderer|googlebot|applebot|yeti\/|daumoa|mattermost|iframely|bitlybot|microsoftpreview|teams\/|outlook-ios|headlesschrome.*preview/i;

/** Whether a request for a short link comes from a link-preview bot (by its User-Agent). */
export const isLinkPreviewBot = (userAgent: string | undefined): boolean =>
  userAgent !== undefined && PREVIEW_BOTS.test(userAgent);
