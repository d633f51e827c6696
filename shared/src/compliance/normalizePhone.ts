/**
 * Korean phone numbers as digits in domestic form (`01012345678`), so `010-1234-5678`, `+82 10 1234 5678`
 * and `821012345678` compare equal when matching 080 opt-outs. Returns null for something that isn't a number.
 */
export const normalizePhone = (raw: string): string | null => {
  let digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0082')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('82') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  digits = digits.replace(/\D/g, '');
  if (digits.startsWith('00')) return null;
  return /^0\d{8,10}$/.test(digits) ? digits : null;
};
