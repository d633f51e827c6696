import { journeyCommentSchema } from '@journeyflow/shared/api/journeys';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './ApiError';
import { api } from './api';
import { onUnauthorized } from './apiRequest';

const fetchMock = vi.fn<typeof fetch>();
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('api', () => {
  it('sends the method, the filled path, the JSON body and the CSRF header, and parses the answer', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { id: 'cmt_1', body: 'ok' }));
    const result = await api.patch('/api/journeys/{id}/comments/{commentId}', {
      path: { id: 'jrn 1', commentId: 'cmt_1' },
      body: { resolved: true },
      schema: z.object({ id: z.string() }),
    });
    expect(result).toEqual({ id: 'cmt_1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/journeys/jrn%201/comments/cmt_1');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"resolved":true}');
    expect(new Headers(init?.headers).get('X-Requested-With')).toBe('journeyflow');
  });

  it('turns an error answer into a localized ApiError and tells the 401 listeners', async () => {
    const unauthorized = vi.fn();
    const stop = onUnauthorized(unauthorized);
    fetchMock.mockResolvedValueOnce(answer(401, { error: { code: 'unauthorized', message: 'Sign in' } }));
    const call = api.get('/api/journeys/{id}/comments', {
      path: { id: 'jrn_1' },
      schema: z.object({ items: z.array(journeyCommentSchema) }),
    });
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(unauthorized).toHaveBeenCalledTimes(1);
    stop();
  });

  it('rejects an answer its schema refuses', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { items: 'nope' }));
    await expect(
      api.get('/api/templates', { schema: z.object({ items: z.array(z.unknown()) }) }),
    ).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('checks bodies and query parameters against the route at compile time', () => {
    const typeOnly = (_call: () => unknown) => undefined;
    // Never run; `tsc` fails on each of these without its @ts-expect-error.
    typeOnly(() =>
      api.patch('/api/journeys/{id}/comments/{commentId}', {
        path: { id: 'j', commentId: 'c' },
        // @ts-expect-error — the comment's body is `{ resolved: boolean }`
        body: {},
        schema: z.unknown(),
      }),
    );
    // @ts-expect-error — PUT /api/journeys/{id} needs a body
    typeOnly(() => api.put('/api/journeys/{id}', { path: { id: 'j' }, schema: z.unknown() }));
    // @ts-expect-error — `days` is a number
    typeOnly(() => api.get('/api/insights/grades', { query: { days: 'seven' }, schema: z.unknown() }));
    // @ts-expect-error — DELETE /api/auth/me is not a route
    typeOnly(() => api.delete('/api/auth/me', { schema: z.unknown() }));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses, at compile time, a schema that cannot accept the answer the route documents', () => {
    const typeOnly = (_call: () => unknown) => undefined;
    // The document's customer has `timezone: string | null`; a schema without null would fail at run time.
    typeOnly(() =>
      api.get('/api/customers/{externalId}', {
        path: { externalId: 'c_1' },
        // @ts-expect-error — null is refused
        schema: z.object({ customer: z.object({ timezone: z.string() }) }),
      }),
    );
    const numericIds = z.object({ items: z.array(z.object({ id: z.number() })) });
    // @ts-expect-error — template ids are strings
    typeOnly(() => api.get('/api/templates', { schema: numericIds }));
    // @ts-expect-error — the answer has no `total`
    typeOnly(() => api.get('/api/templates', { schema: z.object({ total: z.number() }) }));
    // A schema reading part of the answer, or the page form of a list that can also be paged, is fine.
    typeOnly(() =>
      api.get('/api/templates', { schema: z.object({ items: z.array(z.object({ id: z.string() })) }) }),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
