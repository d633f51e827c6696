import { describe, expect, it } from 'vitest';
import { createLiquid } from './createLiquid';
import { liquidIssues } from './liquidSyntax';
import { renderContent, renderTemplateString } from './renderContent';
import { TemplateError } from './templateError';

const context = { customer: { externalId: 'c1', attributes: { name: 'Kim' } }, timezone: 'Asia/Seoul' };

const thrownBy = (fn: () => unknown): TemplateError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error('expected a TemplateError');
};

const fileReads = [
  "{% include 'package.json' %}",
  "{% include 'data/secret.key' %}",
  "{% include '/etc/passwd' %}",
  "{% include '../../../../etc/passwd' %}",
  "{% render 'package.json' %}",
  "{% render '/etc/hostname' %}",
  "{% layout '../package.json' %}x",
  "{% layout '/etc/passwd' %}{% block a %}x{% endblock %}",
  '{% include customer.name %}',
  "{% liquid\n  include 'package.json'\n%}",
  "{% if true %}{% render '../secret.key' %}{% endif %}",
];

describe('Liquid sandbox', () => {
  it.each(fileReads)('refuses %s when rendering, with a reason code', (source) => {
    const error = thrownBy(() => renderContent('sms', { text: source }, context));
    expect(error.code).toBe('template_tag_not_allowed');
    expect(error.message).toMatch(/is not allowed/);
    expect(error.message).not.toMatch(/journeyflow|root:|dependencies/);
  });

  it.each(fileReads)('refuses %s in the shared syntax check (editor and save)', (source) => {
    expect(liquidIssues({ text: source }, ['content']).map((i) => i.code)).toEqual([
      'template_tag_not_allowed',
    ]);
  });

  it('has no file system even when asked for a file directly', () => {
    const liquid = createLiquid();
    expect(() => liquid.renderFileSync('/etc/passwd')).toThrow();
    expect(() => liquid.parseFileSync('package.json')).toThrow();
  });

  it('still renders ordinary templates and reports real syntax errors as before', () => {
    expect(
      renderTemplateString('Hi {{ customer.name | upcase }}{% for i in (1..3) %}{{ i }}{% endfor %}', context)
        .text,
    ).toBe('Hi KIM123');
    expect(liquidIssues('{% if x %}', []).map((i) => i.code)).toEqual(['template_syntax_error']);
  });

  it('stops three nested loops over (1..1000) quickly with template_limit_exceeded', () => {
    const source =
      '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';
    const started = performance.now();
    const error = thrownBy(() => renderContent('sms', { text: source }, context));
    expect(error.code).toBe('template_limit_exceeded');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops a loop that only burns time, and a huge string, by the limits', () => {
    const slow = '{% for a in (1..3000) %}{% for b in (1..3000) %}{% endfor %}{% endfor %}';
    let started = performance.now();
    expect(thrownBy(() => renderContent('sms', { text: slow }, context)).code).toBe(
      'template_limit_exceeded',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    const huge =
      "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}";
    started = performance.now();
    expect(thrownBy(() => renderContent('sms', { text: huge }, context)).code).toBe(
      'template_limit_exceeded',
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a template source that is too long to parse', () => {
    const long = `{{ customer.name }}${'{% if true %}x{% endif %}'.repeat(10_000)}`;
    expect(thrownBy(() => renderContent('sms', { text: long }, context)).code).toBe(
      'template_limit_exceeded',
    );
    expect(liquidIssues(long, []).map((i) => i.code)).toEqual(['template_limit_exceeded']);
  });
});
