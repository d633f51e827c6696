import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
  it('reads quoted commas, escaped quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFexternalId,name\r\nu1,"Kim, Minsu"\r\nu2,"say ""hi"""\n\nu3,"two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['externalId', 'name'] },
      { line: 2, fields: ['u1', 'Kim, Minsu'] },
      { line: 3, fields: ['u2', 'say "hi"'] },
      { line: 5, fields: ['u3', 'two\nlines'] },
    ]);
  });

  it('keeps empty fields and a last line without a newline', () => {
    expect(parseCsv('a,,c\n,b,')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['', 'b', ''] },
    ]);
  });
});
