import { readFileSync } from 'node:fs';
import { createTestApp, type TestApp } from '@journeyflow/server/testing/createTestApp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './buildOpenApiDocument';
import { OPENAPI_TYPES_FILE } from './openApiTypesFile';
import { renderOpenApiTypes } from './renderOpenApiTypes';

describe('web/src/api/openapi.gen.ts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.dispose());

  it('is built from the same document the running server serves at /api/openapi.json', async () => {
    const served = await t.anonymous.get('/api/openapi.json');
    expect(served.status).toBe(200);
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument()))).toEqual(served.body);
  });

  it('is up to date with the routes (regenerate: pnpm --filter @journeyflow/openapi-types generate)', async () => {
    const checkedIn = readFileSync(OPENAPI_TYPES_FILE, 'utf8');
    expect(checkedIn === (await renderOpenApiTypes(buildOpenApiDocument()))).toBe(true);
  });

  it('documents a nullable Condition as nullable (zod-to-openapi drops .nullable() on a schema with an id)', () => {
    type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; type?: string };
    // biome-ignore lint/suspicious/noExplicitAny: walking the generated document
    const paths = buildOpenApiDocument().paths as any;
    const gradeBody: Schema = paths['/api/grades'].put.requestBody.content['application/json'].schema;
    const segment: Schema =
      paths['/api/segments/{id}'].get.responses['200'].content['application/json'].schema;
    expect(gradeBody.properties?.tiers?.items?.properties?.rule?.anyOf).toContainEqual({ type: 'null' });
    expect(segment.properties?.condition?.anyOf).toContainEqual({ type: 'null' });
  });
});
