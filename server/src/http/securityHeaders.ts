import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type ContentSecurityPolicyOptions = NonNullable<
  NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']
>;

/**
 * The Content-Security-Policy of every response. The built web app (Vite: external module scripts, CSS
 * files, no inline script) and the in-app widget it embeds on `/demo/shop` (a script from this origin that
 * talks to this origin and styles its shadow root with a `<style>` element) both run under it. Styles allow
 * `'unsafe-inline'` for that `<style>` and React Flow's style attributes; scripts never do. Message images
 * (in-app, MMS previews) come from anywhere over http(s). Nobody may frame the app.
 */
export const CONTENT_SECURITY_POLICY: ContentSecurityPolicyOptions = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:', 'https:', 'http:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (Hono's `secureHeaders`): the CSP above, `X-Frame-Options: DENY`,
 * `nosniff`, `Referrer-Policy: strict-origin-when-cross-origin` (keeps `Origin` on same-origin POSTs, which
 * the CSRF check reads), HSTS without `includeSubDomains` (browsers honour it only over HTTPS). A route
 * may set its own value of any of these first — the in-app routes answer `Cross-Origin-Resource-Policy:
 * cross-origin` so other sites can load the widget.
 */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: 'max-age=15552000',
    overwrite: false,
  });
