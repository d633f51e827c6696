import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const HEADER =
  "// Generated from the server's OpenAPI document by `pnpm --filter @journeyflow/openapi-types generate`.\n" +
  '// Do not edit: server/openapi-types/src/openApiTypes.test.ts fails when this file is stale.\n\n';

/** The TypeScript types (`paths`, `operations`, `components`) of an OpenAPI document, as file text. */
export const renderOpenApiTypes = async (document: object): Promise<string> =>
  HEADER + astToString(await openapiTS(document as OpenAPI3, { silent: true }));
