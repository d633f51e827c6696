import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'jf_session';

const isHttps = (c: Context) =>
  c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';

/** httpOnly (no script access) and SameSite=Lax (not sent on cross-site POSTs); Secure when served over HTTPS. */
export const setSessionCookie = (c: Context, token: string, expiresAt: Date): void => {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    expires: expiresAt,
  });
};

export const clearSessionCookie = (c: Context): void => {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
};

export const readSessionCookie = (c: Context): string | undefined =>
  getCookie(c, SESSION_COOKIE) || undefined;
