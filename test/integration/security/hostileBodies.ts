/**
 * A corpus of request bodies that people and systems we do not control can send. Every write route
 * must answer each of them with a 2xx or a clear 4xx — never a 5xx, never a hung request.
 */
export type HostileBody = {
  readonly name: string;
  readonly body: string;
  readonly contentType: string;
};

const JSON_TYPE = 'application/json';

const nested = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);

const nestedCondition = (depth: number) => {
  let condition: unknown = { attribute: 'grade', op: 'eq', value: 'VIP' };
  for (let i = 0; i < depth; i += 1) condition = { not: condition };
  return condition;
};

export const hostileBodies: readonly HostileBody[] = [
  { name: 'empty body', body: '', contentType: JSON_TYPE },
  { name: 'malformed JSON', body: '{"name": "x",', contentType: JSON_TYPE },
  { name: 'JSON null', body: 'null', contentType: JSON_TYPE },
  { name: 'JSON array', body: '[]', contentType: JSON_TYPE },
  { name: 'JSON string', body: '"hello"', contentType: JSON_TYPE },
  { name: 'JSON number', body: '1e999', contentType: JSON_TYPE },
  { name: 'JSON true', body: 'true', contentType: JSON_TYPE },
  { name: 'empty object', body: '{}', contentType: JSON_TYPE },
  {
    name: 'prototype pollution keys',
    body: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    contentType: JSON_TYPE,
  },
  { name: 'arrays nested 5,000 deep', body: nested(5_000, '[', ']'), contentType: JSON_TYPE },
  { name: 'objects nested 5,000 deep', body: nested(5_000, '{"a":', '}'), contentType: JSON_TYPE },
  {
    name: 'condition nested 2,000 deep',
    body: JSON.stringify({
      name: 'deep',
      condition: nestedCondition(2_000),
      graph: { nodes: [], edges: [] },
    }),
    contentType: JSON_TYPE,
  },
  {
    name: 'wrong types everywhere',
    body: JSON.stringify({
      name: 42,
      email: [],
      password: {},
      graph: 'x',
      settings: 7,
      condition: 'x',
      events: 'x',
      customers: {},
      externalId: { $ne: null },
      revision: 'x',
      channel: null,
      content: [],
      phones: 'x',
    }),
    contentType: JSON_TYPE,
  },
  {
    name: 'lone surrogates and NUL',
    body: '{"name": "\\ud800\\u0000x", "externalId": "\\udfff\\u0000", "email": "\\u0000@x"}',
    contentType: JSON_TYPE,
  },
  {
    name: 'huge string field',
    body: JSON.stringify({ name: 'x'.repeat(200_000), externalId: 'y'.repeat(200_000) }),
    contentType: JSON_TYPE,
  },
  {
    name: 'wide object',
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
    contentType: JSON_TYPE,
  },
  { name: 'over the body limit', body: `{"name":"${'x'.repeat(17 * 1024 * 1024)}"}`, contentType: JSON_TYPE },
  { name: 'plain text', body: 'name=x', contentType: 'text/plain' },
  { name: 'form encoded', body: 'name=x&graph=y', contentType: 'application/x-www-form-urlencoded' },
  { name: 'CSV where JSON is expected', body: 'externalId\n1\n', contentType: 'text/csv' },
];
