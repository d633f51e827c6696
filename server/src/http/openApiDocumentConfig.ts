/** The OpenAPI document's header: served at `/api/openapi.json`, and the source of `web/src/api/openapi.gen.ts`. */
export const OPENAPI_DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Journeyflow API',
    version: '1.0.0',
    description:
      'Low-code CRM journey builder. Errors: `{ error: { code, message, details? } }`. Browser calls use the ' +
      'session cookie (mutations need `X-Requested-With: journeyflow` or a same-origin `Origin`); ingestion ' +
      'accepts `Authorization: Bearer <workspace API key>`. Keys carry scopes (`ingest` — the default, a public ' +
      'write key — `customers:erase`, `inapp:token`, `optouts:read`, `delivery:report`, `journeys:enroll`); a ' +
      "key without the route's scope answers 403 `insufficient_scope`.",
  },
} as const;
