import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { branchHandles } from './branchHandles';
import { conditionSchema } from './condition';
import { formatFieldPath, zodIssueMessages } from './zodIssueMessages';

describe('zodIssueMessages', () => {
  it('narrows a union failure to the branch the input meant', () => {
    const result = conditionSchema.safeParse({ any: [{ segment: 'vip' }] });
    expect(zodIssueMessages(result.error!.issues)).toEqual([
      { path: ['any', 0, 'in'], message: 'This field is required', generic: true, problem: 'required' },
    ]);
  });

  it('keeps custom messages and marks them as naming their field', () => {
    const schema = z.object({ name: z.string().min(1, 'Enter a name') });
    expect(zodIssueMessages(schema.safeParse({ name: '' }).error!.issues, ['settings'])).toEqual([
      { path: ['settings', 'name'], message: 'Enter a name', generic: false, problem: 'required' },
    ]);
  });

  it('words unknown keys and enum choices', () => {
    const schema = z.strictObject({ mode: z.enum(['a', 'b']) });
    expect(
      zodIssueMessages(schema.safeParse({ mode: 'c', extra: 1 }).error!.issues).map((m) => m.message),
    ).toEqual(['Choose one of "a", "b"', 'Unknown field "extra"']);
  });

  it('formats paths with dots and indexes', () => {
    expect(formatFieldPath(['branches', 0, 'condition', 'attribute'])).toBe(
      'branches[0].condition.attribute',
    );
    expect(formatFieldPath([])).toBe('');
  });
});

describe('branchHandles', () => {
  it('lists branch ids and skips unfinished rows', () => {
    expect(branchHandles([{ id: 'a' }, { id: '' }, null as never, { id: 'b' }])).toEqual(['a', 'b']);
    expect(branchHandles(undefined)).toEqual([]);
  });
});
