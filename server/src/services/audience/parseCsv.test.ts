import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../errors/domainErrors';
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

describe('parseCsv on what users upload', () => {
  it('mixes line ends, keeps a quote inside an unquoted field, and numbers lines after a multi-line field', () => {
    expect(parseCsv('id,note\r\nu1,5" screen\nu2,"a\r\nb"\ru3,x')).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['u1', '5" screen'] },
      { line: 3, fields: ['u2', 'a\r\nb'] },
      { line: 5, fields: ['u3', 'x'] },
    ]);
  });

  it('answers a quote left open with a validation error, not a crash', () => {
    expect(() => parseCsv('id\n"u1\n')).toThrow(ValidationFailedError);
  });
});
