import { sha256Hex } from '@journeyflow/shared/util/sha256';
import { BadRequestError } from '../../errors/domainErrors';

export type CursorKeyType = 'timestamptz' | 'text' | 'int';

// A checksum, not a secret: a cursor only positions a page inside the caller's own workspace (every
// query is scoped), so the point is to refuse edited or truncated cursors with a clear 400.
const checksum = (body: string) => sha256Hex(`journeyflow-cursor:${body}`).slice(0, 16);

/** The last row's order keys (as text, full precision) bound to the list they came from. */
export const encodeCursor = (scope: string, values: readonly string[]): string => {
  const body = Buffer.from(JSON.stringify([scope, ...values]), 'utf8').toString('base64url');
  return `${body}.${checksum(body)}`;
};

/** `timestamptz::text` as PostgreSQL writes it (microseconds, `+00` offset). */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2}){0,2}|Z)?$/;

const invalid = () => new BadRequestError('Invalid cursor', { code: 'invalid_cursor' });

const validValue = (value: unknown, type: CursorKeyType): value is string => {
  if (typeof value !== 'string' || value.length > 200) return false;
  if (type === 'timestamptz') return TIMESTAMP_TEXT.test(value);
  if (type === 'int') return /^-?\d{1,18}$/.test(value);
  return true;
};

/** The key values of a cursor from `encodeCursor(scope, …)`; anything else is a 400 `invalid_cursor`. */
export const decodeCursor = (cursor: string, scope: string, types: readonly CursorKeyType[]): string[] => {
  const [body, sum, extra] = cursor.split('.');
  if (!body || !sum || extra !== undefined || checksum(body) !== sum) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== types.length + 1 || parsed[0] !== scope) throw invalid();
  const values = parsed.slice(1);
  if (!values.every((value, i) => validValue(value, types[i] as CursorKeyType))) throw invalid();
  return values as string[];
};
