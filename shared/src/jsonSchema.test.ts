import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from './index';

// Every exported schema must be describable as JSON Schema: the server's OpenAPI document is generated
// from them.
const schemas: [string, z.ZodType][] = Object.entries(shared as Record<string, unknown>).flatMap(
  ([name, value]) =>
    name.endsWith('Schema') && value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : [],
);

describe('JSON Schema export', () => {
  it('finds the exported schemas', () => {
    expect(schemas.length).toBeGreaterThan(100);
  });

  it.each(schemas)('%s converts to JSON Schema', (_name, schema) => {
    for (const io of ['input', 'output'] as const) {
      expect(() => z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'ref' })).not.toThrow();
    }
  });

  it('registers the recursive Condition under an id', () => {
    // OpenAPI generators (zod-to-openapi) recurse forever on an anonymous z.lazy; the id makes it a $ref.
    expect(shared.conditionSchema.meta()?.id).toBe('Condition');
    const json = JSON.stringify(z.toJSONSchema(shared.conditionSchema, { unrepresentable: 'any' }));
    expect(json).toContain('"all"');
  });
});
