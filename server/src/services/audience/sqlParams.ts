/**
 * Collects positional parameters while SQL text is being built, so compiled conditions never
 * interpolate user data into the text. `add` returns the `$n` placeholder.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(initial: readonly unknown[] = []) {
    this.values.push(...initial);
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /**
   * A JSON value as jsonb. It travels as text and is parsed by the server, because PGlite and
   * postgres.js serialise a bare string bound to a jsonb parameter differently.
   */
  json(value: unknown): string {
    return `(${this.add(JSON.stringify(value))}::text)::jsonb`;
  }
}
