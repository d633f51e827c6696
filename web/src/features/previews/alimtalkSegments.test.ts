import { describe, expect, it } from 'vitest';
import { alimtalkPlaceholders, variablesForTemplate } from './alimtalkPlaceholders';
import { alimtalkSegments, alimtalkText } from './alimtalkSegments';

describe('alimtalkSegments', () => {
  it('fills the registered body with the values and marks the ones still missing', () => {
    const segments = alimtalkSegments('#{고객명}님, 주문 #{주문번호}이 발송되었습니다.\n배송: #{택배사}', {
      고객명: '김민지',
      주문번호: 'A-1001',
      택배사: '',
    });
    expect(segments).toEqual([
      { kind: 'value', name: '고객명', text: '김민지' },
      { kind: 'text', text: '님, 주문 ' },
      { kind: 'value', name: '주문번호', text: 'A-1001' },
      { kind: 'text', text: '이 발송되었습니다.\n배송: ' },
      { kind: 'missing', name: '택배사' },
    ]);
    expect(alimtalkText(segments)).toBe('김민지님, 주문 A-1001이 발송되었습니다.\n배송: #{택배사}');
  });

  it('keeps a body without placeholders as one piece of text', () => {
    expect(alimtalkSegments('가입을 환영합니다.', { x: 'y' })).toEqual([
      { kind: 'text', text: '가입을 환영합니다.' },
    ]);
  });
});

describe('alimtalkPlaceholders / variablesForTemplate', () => {
  it('lists each placeholder once and keeps values typed under the same name', () => {
    const body = '#{고객명}님, #{상품명} 입고! #{고객명}님만의 혜택';
    expect(alimtalkPlaceholders(body)).toEqual(['고객명', '상품명']);
    expect(variablesForTemplate(body, { 고객명: '{{ customer.name }}', 주문번호: 'A-1' })).toEqual({
      고객명: '{{ customer.name }}',
      상품명: '',
    });
  });
});
