import { describe, expect, it } from 'vitest';
import { lineDiff, templateText } from './lineDiff';

describe('lineDiff', () => {
  it('marks removed and added lines around the unchanged ones', () => {
    expect(lineDiff('(광고) 안녕\n쿠폰 10%\n무료수신거부', '(광고) 안녕\n쿠폰 20%\n무료수신거부')).toEqual([
      { kind: 'same', text: '(광고) 안녕' },
      { kind: 'removed', text: '쿠폰 10%' },
      { kind: 'added', text: '쿠폰 20%' },
      { kind: 'same', text: '무료수신거부' },
    ]);
  });

  it('writes a template as sorted fields, multi-line text indented', () => {
    expect(templateText({ name: 'A', purpose: 'ad', content: { text: 'x\ny', subject: 's' } })).toBe(
      'name: A\npurpose: ad\nsubject:\n  s\ntext:\n  x\n  y',
    );
  });

  it('names the fields and the purpose in the words it is given', () => {
    const words = {
      field: (name: string) => ({ name: '이름', purpose: '목적', text: '본문' })[name] ?? name,
      purpose: (purpose: string) => (purpose === 'ad' ? '광고성' : '정보성'),
    };
    expect(templateText({ name: 'A', purpose: 'info', content: { text: 'x' } }, words)).toBe(
      '이름: A\n목적: 정보성\n본문:\n  x',
    );
  });
});
