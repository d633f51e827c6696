import { describe, expect, it } from 'vitest';
import { gradeColors } from './gradeColors';

describe('gradeColors', () => {
  it('draws Gold gold and Silver silver whatever the order, language or case', () => {
    const colors = gradeColors(['Silver', 'VIP', 'gold', '브론즈', '골드', 'Custom A', 'Custom B']);
    expect(colors.gold).toBe('#eab308');
    expect(colors.골드).toBe('#eab308');
    expect(colors.Silver).toBe('#a8b0bb');
    expect(colors.브론즈).toBe('#b45309');
    expect(colors['Custom A']).not.toBe(colors['Custom B']);
    expect(new Set([colors['Custom A'], colors['Custom B']]).has(colors.gold)).toBe(false);
  });
});
