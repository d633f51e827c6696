import type { Role } from '../api/auth';

/**
 * Who may read customers' personal data (name, phone, email) in lists and exports: admins and
 * reviewers see it in full; marketers work with masked values — enough to recognise a row, not to
 * contact or re-identify the customer outside the product.
 */
export const canSeePersonalData = (role: Role): boolean => role === 'admin' || role === 'reviewer';

export type PersonalDataKind = 'phone' | 'email' | 'name';

/** `01012345678` / `010-1234-5678` → `010-****-5678`; other numbers keep their last 4 digits. */
export const maskPhone = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  const last = digits.slice(-4);
  const korean = /^01\d/.test(digits) ? digits.slice(0, 3) : digits.slice(0, Math.min(3, digits.length - 4));
  return `${korean}-****-${last}`;
};

/** `kim@example.com` → `k***@example.com`; the domain stays so a team can tell work from private mail. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
};

/** `김민준` → `김*준`, `이수` → `이*`, `Jane Doe` → `J*******`: the first letter and, for 3+ letters, the last. */
export const maskName = (name: string): string => {
  const letters = Array.from(name.trim());
  if (letters.length <= 1) return letters.length ? '*' : '';
  if (letters.length === 2) return `${letters[0]}*`;
  if (/^[\p{Script=Hangul}]+$/u.test(letters.join('')))
    return `${letters[0]}${'*'.repeat(letters.length - 2)}${letters[letters.length - 1]}`;
  return `${letters[0]}${'*'.repeat(letters.length - 1)}`;
};

const MASKERS: Record<PersonalDataKind, (value: string) => string> = {
  phone: maskPhone,
  email: maskEmail,
  name: maskName,
};

/** The one rule every list and export applies to a personal-data value for the reader's role. */
export const personalDataFor = (role: Role, kind: PersonalDataKind, value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  return canSeePersonalData(role) ? text : MASKERS[kind](text);
};
