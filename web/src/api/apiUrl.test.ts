import { describe, expect, it } from 'vitest';
import { apiUrl } from './apiUrl';

describe('apiUrl', () => {
  it('fills path parameters (encoded) and appends the query, leaving undefined values out', () => {
    expect(
      apiUrl('get', '/api/customers/{externalId}/trace', {
        path: { externalId: 'a/b c' },
        query: { journeyId: undefined },
      }),
    ).toBe('/api/customers/a%2Fb%20c/trace');
    expect(
      apiUrl('get', '/api/journeys/{id}/diff', { path: { id: 'jrn_1' }, query: { from: 3, to: 'draft' } }),
    ).toBe('/api/journeys/jrn_1/diff?from=3&to=draft');
    expect(apiUrl('get', '/api/audit/export', { query: { entity: 'segment:seg_1', format: 'csv' } })).toBe(
      '/api/audit/export?entity=segment%3Aseg_1&format=csv',
    );
  });

  it('keeps an empty cursor (the first page) and sends no "?" without a query', () => {
    expect(apiUrl('get', '/api/messages', { query: { cursor: '' } })).toBe('/api/messages?cursor=');
    expect(apiUrl('get', '/api/templates', {})).toBe('/api/templates');
  });

  it('makes a route the server does not document, or its wrong parameters, a compile error', () => {
    // Each line below fails `tsc` without its @ts-expect-error: the route types come from openapi.gen.ts.
    // @ts-expect-error — no such route
    expect(apiUrl('get', '/api/journey/{id}', { path: { id: 'x' } })).toBe('/api/journey/x');
    // @ts-expect-error — the route has no GET
    expect(apiUrl('get', '/api/auth/login', {})).toBe('/api/auth/login');
    // @ts-expect-error — its path parameter is `id`, not `journeyId`
    expect(() => apiUrl('get', '/api/journeys/{id}', { path: { journeyId: 'x' } })).toThrow(
      /no value for \{id\}/,
    );
    // @ts-expect-error — the path parameter is missing
    expect(() => apiUrl('get', '/api/journeys/{id}', {})).toThrow(/no value for \{id\}/);
    // @ts-expect-error — `format` is csv or xlsx
    expect(apiUrl('get', '/api/audit/export', { query: { format: 'pdf' } })).toBe(
      '/api/audit/export?format=pdf',
    );
  });
});
