import { createRoute, z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import { describe, expect, it } from 'vitest';
import { createRouter } from './createRouter';
import {
  commonErrorResponses,
  conflictResponse,
  created,
  goneResponse,
  jsonBody,
  jsonContent,
  noContent,
  ok,
} from './openApiResponses';
import { routeOf } from './routeOf';

const itemSchema = z.object({ name: z.string() });
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('routeOf', () => {
  it('declares what createRoute declares when every part is spelled out', () => {
    const route = routeOf('segments');
    const declared = route.put('/segments/{id}', 'Rename a segment', {
      description: 'Longer text',
      params: idParamSchema,
      body: jsonBody(itemSchema),
      responses: ok(itemSchema, 'Saved'),
      errors: goneResponse,
    });
    const spelledOut = createRoute({
      method: 'put',
      path: '/segments/{id}',
      tags: ['segments'],
      summary: 'Rename a segment',
      description: 'Longer text',
      request: { params: idParamSchema, body: jsonBody(itemSchema) },
      responses: { 200: jsonContent(itemSchema, 'Saved'), ...commonErrorResponses, ...goneResponse },
    });
    expect(plain(declared)).toEqual(plain(spelledOut));
    expect(Object.keys(declared)).toEqual(Object.keys(spelledOut));
    expect(declared.getRoutingPath()).toBe('/segments/:id');
  });

  it('leaves out `request` and `description` a route does not have, and adds the file-wide errors', () => {
    const declared = routeOf('journeys', conflictResponse).post('/journeys', 'Create', {
      responses: created(itemSchema, 'Created'),
    });
    expect(Object.keys(declared)).toEqual(['method', 'path', 'tags', 'summary', 'responses']);
    expect(Object.keys(declared.responses)).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
  });

  it('drops the common error answers only when told (`commonErrors: false`)', () => {
    const declared = routeOf('system').get('/health', 'Liveness', {
      responses: ok(itemSchema, 'Up'),
      commonErrors: false,
    });
    expect(Object.keys(declared.responses)).toEqual(['200']);
    expect(Object.keys(declared)).not.toContain('commonErrors');
  });

  it('keeps the handler types exact: valid(...) parts, and only the declared statuses and bodies', () => {
    const route = routeOf('items');
    const createItem = route.post('/items/{id}', 'Create', {
      params: idParamSchema,
      body: jsonBody(z.object({ n: z.number() })),
      responses: created(itemSchema, 'Created'),
    });
    const removeItem = route.delete('/items/{id}', 'Remove', {
      params: idParamSchema,
      responses: noContent('Removed'),
    });
    const router = createRouter()
      .openapi(createItem, async (c) => {
        const n: number = c.req.valid('json').n;
        // @ts-expect-error the body's `n` is a number
        const wrong: string = c.req.valid('json').n;
        // @ts-expect-error the route has no query part
        c.req.valid('query');
        if (n < 0) return c.json({ error: { code: 'not_found' as const, message: wrong } }, 404);
        return c.json({ name: c.req.valid('param').id }, 201);
      })
      // @ts-expect-error 200 is not one of the route's answers
      .openapi(createItem, async (c) => c.json({ name: 'x' }, 200))
      // @ts-expect-error the 201 body is an item
      .openapi(createItem, async (c) => c.json({ name: 1 }, 201))
      // @ts-expect-error 409 is not declared on this route
      .openapi(createItem, async (c) => c.json({ error: { code: 'conflict' as const, message: 'm' } }, 409))
      .openapi(removeItem, async (c) => c.body(null, 204));
    expect(router.routes.map((r) => `${r.method} ${r.path}`)).toContain('POST /items/:id');
  });
});
