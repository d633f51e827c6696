/** Quotes a value for a CSS attribute selector (`[data-id="…"]`); node ids are user-chosen strings. */
export function attributeValue(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}
