/** Keys whose values never enter the audit log (or any other record meant for people to read). */
const SECRET_KEY =
  /secret|password|passwd|token|api_?key|private_?key|key_?hash|credential|authorization|cipher/i;

export const REDACTED = '[redacted]';

/**
 * A deep copy of `value` with every secret-looking field replaced by `[redacted]`: the audit trail says
 * that a credential changed, never what it is. Non-plain values (dates) become their JSON form.
 */
export const redactSecrets = (value: unknown): unknown => {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, field]) => [
        key,
        SECRET_KEY.test(key) && field !== null && field !== undefined && field !== ''
          ? REDACTED
          : redactSecrets(field),
      ]),
    );
  }
  return value;
};
