import { describe, expect, it } from 'vitest';
import { liquidIssues, liquidSyntaxError } from './liquidSyntax';

describe('liquidSyntaxError', () => {
  it('accepts valid templates and plain text', () => {
    expect(liquidSyntaxError('{{ customer.name | default: "고객" }}님')).toBeUndefined();
    expect(liquidSyntaxError("{{ 'now' | date: '%Y-%m-%d' }}")).toBeUndefined();
    expect(liquidSyntaxError('{% if coupon %}{{ coupon.code }}{% endif %}')).toBeUndefined();
    expect(liquidSyntaxError('그냥 텍스트')).toBeUndefined();
  });

  it('reports unclosed tags and unknown filters', () => {
    expect(liquidSyntaxError('{{ customer.name ')).toMatch(/not closed \(line 1, column 1\)$/);
    expect(liquidSyntaxError('{% if x %}a')).toContain('not closed');
    expect(liquidSyntaxError('{{ customer.name | upcse }}')).toContain('upcse');
  });
});

describe('liquidIssues', () => {
  it('walks content objects and skips identifiers', () => {
    const issues = liquidIssues(
      {
        templateCode: '{{ broken',
        variables: { name: '{{ customer.name', ok: '{{ a }}' },
        buttons: [{ url: '{% if %}' }],
      },
      ['content'],
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['content', 'variables', 'name'],
      ['content', 'buttons', 0, 'url'],
    ]);
    expect(issues[0]).toMatchObject({ code: 'template_syntax_error', severity: 'error' });
  });
});
