import { z } from 'zod';

const known = new Map<string, boolean>();

/** True for IANA names the runtime's ICU knows (e.g. `Asia/Seoul`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      // Intl also accepts offsets like "+09:00"; we want region names so daylight saving is right.
      valid = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(timeZone);
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Enter an IANA timezone such as Asia/Seoul' });

/** The first of `candidates` that is a valid IANA timezone, else UTC: stored data may hold a bad one. */
export function pickTimeZone(...candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) if (candidate && isValidTimeZone(candidate)) return candidate;
  return 'UTC';
}
