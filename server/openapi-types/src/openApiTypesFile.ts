import { fileURLToPath } from 'node:url';

/** Where the web client's route types live (checked in; regenerated with `pnpm --filter @journeyflow/openapi-types generate`). */
export const OPENAPI_TYPES_FILE = fileURLToPath(
  new URL('../../../web/src/api/openapi.gen.ts', import.meta.url),
);
