import { createApp } from '@journeyflow/server/app';
import { OPENAPI_DOCUMENT_CONFIG } from '@journeyflow/server/http/openApiDocumentConfig';
import type { ServerDeps } from '@journeyflow/server/serverDeps';

/**
 * Stands in for the server's dependencies while only the routes are declared: the route factories keep
 * references to them, and nothing is called until a request arrives. Calling anything fails loudly, so a
 * factory that starts using a dependency at build time is noticed here rather than documented wrongly.
 */
const declarationOnly = (path: string): unknown =>
  new Proxy(() => {}, {
    get: (_target, key) => (key === 'then' ? undefined : declarationOnly(`${path}.${String(key)}`)),
    apply: () => {
      throw new Error(`${path}() was called while only building the OpenAPI document`);
    },
  });

/** The document `GET /api/openapi.json` serves, built from `createApp` without a database or a socket. */
export const buildOpenApiDocument = () =>
  createApp(declarationOnly('deps') as ServerDeps).getOpenAPI31Document(OPENAPI_DOCUMENT_CONFIG);
