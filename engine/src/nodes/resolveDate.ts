/** Reads a date attribute (ISO string, epoch ms or Date); undefined when missing or unreadable. */
export function readDateAttribute(attributes: Record<string, unknown>, path: string): Date | undefined {
  let value: unknown = attributes;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
