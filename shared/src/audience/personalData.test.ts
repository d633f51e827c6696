import { describe, expect, it } from 'vitest';
import { canSeePersonalData, maskEmail, maskName, maskPhone, personalDataFor } from './personalData';

describe('personal data masking', () => {
  it('masks Korean mobile numbers in any spelling', () => {
    expect(maskPhone('010-1234-5678')).toBe('010-****-5678');
    expect(maskPhone('01012345678')).toBe('010-****-5678');
    expect(maskPhone('+82 10 1234 5678')).toBe('821-****-5678');
    expect(maskPhone('12')).toBe('**');
  });
  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('kim@example.com')).toBe('k***@example.com');
    expect(maskEmail('not-an-email')).toBe('***');
  });
  it('masks names letter by letter', () => {
    expect(maskName('김민준')).toBe('김*준');
    expect(maskName('남궁민수')).toBe('남**수');
    expect(maskName('이수')).toBe('이*');
    expect(maskName('Jane Doe')).toBe('J*******');
  });
  it('shows admins and reviewers the value, marketers the mask', () => {
    expect(canSeePersonalData('admin')).toBe(true);
    expect(canSeePersonalData('reviewer')).toBe(true);
    expect(canSeePersonalData('marketer')).toBe(false);
    expect(personalDataFor('reviewer', 'phone', '010-1234-5678')).toBe('010-1234-5678');
    expect(personalDataFor('marketer', 'phone', '010-1234-5678')).toBe('010-****-5678');
    expect(personalDataFor('marketer', 'email', null)).toBeNull();
  });
});
