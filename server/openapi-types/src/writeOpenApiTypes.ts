import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './buildOpenApiDocument';
import { OPENAPI_TYPES_FILE } from './openApiTypesFile';
import { renderOpenApiTypes } from './renderOpenApiTypes';

// `pnpm --filter @journeyflow/openapi-types generate`: rewrites web/src/api/openapi.gen.ts from the routes.
const document = buildOpenApiDocument();
writeFileSync(OPENAPI_TYPES_FILE, await renderOpenApiTypes(document));
console.log(`wrote ${OPENAPI_TYPES_FILE} (${Object.keys(document.paths ?? {}).length} paths)`);
