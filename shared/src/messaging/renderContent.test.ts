import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import {
  renderContent,
  renderLiquid,
  renderTemplateString,
  substituteAlimtalkVariables,
} from './renderContent';

const customer = {
  externalId: 'c1',
  grade: 'VIP',
  timezone: 'Asia/Seoul',
  attributes: { name: '김민지', phone: '010-1234-5678', bio: '<b>hi</b>' },
};
const event = {
  name: 'product_viewed',
  properties: { productName: '유기농 당근', productId: 'p1', price: 3900 },
};

describe('renderContent', () => {
  it('renders customer and event variables in SMS text', () => {
    const result = renderContent(
      'sms',
      { text: '(광고)[데모몰] {{ customer.name }}님, 보신 {{ event.properties.productName }} 10% 할인!' },
      { customer, event },
    );
    expect(result).toEqual({
      rendered: { text: '(광고)[데모몰] 김민지님, 보신 유기농 당근 10% 할인!' },
      missingVariables: [],
    });
  });

  it('reports every missing variable and renders it empty', () => {
    const result = renderContent(
      'push',
      { title: '{{ customer.nickname }}님', body: '{{ coupon.code }} / {{ event.properties.color }}' },
      { customer, event },
    );
    expect(result.rendered).toEqual({ title: '님', body: ' / ' });
    expect(result.missingVariables).toEqual(['customer.nickname', 'coupon', 'event.properties.color']);
  });

  it('does not count variables guarded by default or if as missing', () => {
    const result = renderContent(
      'sms',
      { text: '{{ customer.nickname | default: "고객" }}님{% if coupon %} {{ coupon.code }}{% endif %}' },
      { customer },
    );
    expect(result).toEqual({ rendered: { text: '고객님' }, missingVariables: [] });
  });

  it('reads built-ins and attributes under customer', () => {
    const result = renderContent(
      'sms',
      { text: '{{ customer.grade }} {{ customer.externalId }} {{ customer.attributes.phone }}' },
      { customer },
    );
    expect(result.rendered.text).toBe('VIP c1 010-1234-5678');
  });

  it('escapes inserted values in e-mail HTML only', () => {
    const result = renderContent(
      'email',
      { subject: '{{ customer.bio }}', html: '<p>{{ customer.bio }}</p>', text: '{{ customer.bio }}' },
      { customer },
    );
    expect(result.rendered).toEqual({
      subject: '<b>hi</b>',
      html: '<p>&lt;b&gt;hi&lt;/b&gt;</p>',
      text: '<b>hi</b>',
    });
  });

  it("uses the injected clock and the customer's timezone for 'now'", () => {
    const result = renderContent(
      'sms',
      { text: "{{ 'now' | date: '%Y-%m-%d %H:%M' }}" },
      { customer, now: new Date('2026-05-12T15:30:00Z') },
    );
    expect(result.rendered.text).toBe('2026-05-13 00:30');
  });

  it('renders AlimTalk variables and fills the registered template text', () => {
    const result = renderContent(
      'alimtalk',
      { templateCode: 'GRADE_UP_{{ x }}', variables: { name: '{{ customer.name }}', grade: 'VIP' } },
      { customer },
      { alimtalkTemplateText: '#{name}님, #{grade} 등급이 되셨습니다. #{benefit}' },
    );
    expect(result.rendered).toEqual({
      templateCode: 'GRADE_UP_{{ x }}',
      variables: { name: '김민지', grade: 'VIP' },
      text: '김민지님, VIP 등급이 되셨습니다. #{benefit}',
    });
    expect(result.missingVariables).toEqual(['#{benefit}']);
  });

  it('renders webhook bodies given as JSON objects', () => {
    const result = renderContent(
      'webhook',
      {
        url: 'https://example.test/hook/{{ customer.externalId }}',
        body: { id: '{{ customer.externalId }}', n: 1, tags: ['{{ customer.grade }}'] },
      },
      { customer },
    );
    expect(result.rendered).toEqual({
      url: 'https://example.test/hook/c1',
      body: { id: 'c1', n: 1, tags: ['VIP'] },
    });
  });

  it('does not change the caller context when filling missing variables', () => {
    const context = { customer: { attributes: { name: 'A' } } };
    renderContent('sms', { text: '{{ customer.missing.deep }}' }, context);
    expect(context).toEqual({ customer: { attributes: { name: 'A' } } });
  });

  it('renders plain variable outputs exactly as Liquid does', () => {
    const scope = {
      customer: { name: '민지', age: 31, ratio: 0.5, tags: ['a'], vip: true, none: null, nested: { x: 'y' } },
      event: { properties: { n: 7, productName: '당근' } },
    };
    const sources = [
      '{{ customer.name }}님 {{event.properties.n}}번 {{  event.properties.productName  }}',
      '{{ customer.age }} {{ customer.ratio }} {{ customer.nested.x }}',
      '{{ customer.tags }} {{ customer.vip }} {{ customer.none }}',
      '{{ customer.name.size }} {{ customer.tags.first }}',
      '{{ customer.name | upcase }} {%- if customer.vip %}VIP{% endif %} {{- customer.age }}',
    ];
    const liquid = new Liquid({ ownPropertyOnly: true });
    for (const source of sources) {
      expect(renderLiquid(source, scope, { timeZone: 'UTC' })).toBe(liquid.parseAndRenderSync(source, scope));
    }
    const missing = new Set<string>();
    expect(renderLiquid('{{ customer.nickname }}님', scope, { timeZone: 'UTC', missing })).toBe('님');
    expect([...missing]).toEqual(['customer.nickname']);
    expect(
      renderLiquid(
        '{{ customer.name }}',
        { customer: { name: '<b>' } },
        { timeZone: 'UTC', escapeHtml: true },
      ),
    ).toBe('&lt;b&gt;');
  });

  it('renders Liquid filters and plain text without templates', () => {
    expect(renderLiquid('{{ 3900 | plus: 100 }}원', {}, { timeZone: 'UTC' })).toBe('4000원');
    expect(renderLiquid('그냥 텍스트', {}, { timeZone: 'UTC' })).toBe('그냥 텍스트');
  });
});

describe('substituteAlimtalkVariables', () => {
  it('fills known placeholders and reports the others', () => {
    expect(substituteAlimtalkVariables('#{name}님 #{ name } #{code}', { name: '민지' })).toEqual({
      text: '민지님 민지 #{code}',
      missingVariables: ['code'],
    });
  });
});

describe('renderTemplateString', () => {
  it("renders an update node's value with the injected clock", () => {
    expect(
      renderTemplateString("{{ 'now' | date: '%Y-%m-%d' }}", {
        customer: { timezone: 'Asia/Seoul' },
        now: new Date('2026-05-12T15:30:00Z'),
      }),
    ).toEqual({ text: '2026-05-13', missingVariables: [] });
  });
});

describe('renderContent with a bad stored timezone', () => {
  it('falls back instead of throwing', () => {
    const result = renderContent(
      'sms',
      { text: "{{ 'now' | date: '%H:%M' }}" },
      { customer: { timezone: 'Not/AZone' }, timezone: 'Asia/Seoul', now: new Date('2026-05-12T15:30:00Z') },
    );
    expect(result.rendered.text).toBe('00:30');
  });
});
