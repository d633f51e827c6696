/**
 * The referenced dynamic segments of one SQL statement, each compiled once into a named
 * `AS MATERIALIZED` subquery of the statement's WITH clause; every `{ segment }` leaf naming it reads
 * that one set. Pasting the referenced condition at each reference instead doubled the SQL per level
 * of a chain of references. Results stay as fresh as inlining (the condition is evaluated now, not
 * read from stored memberships).
 */
export class SegmentSubqueries {
  readonly #names = new Map<string, string>();
  readonly #definitions: string[] = [];

  /**
   * The subquery name for `segmentId`; `build` (called once, with the name reserved only afterwards so
   * the referenced segments it compiles come first) returns its `select c.id from customers c …`.
   */
  nameFor(segmentId: string, build: () => string): string {
    const known = this.#names.get(segmentId);
    if (known) return known;
    const body = build();
    const name = `segref_${this.#definitions.length}`;
    this.#definitions.push(`${name} AS MATERIALIZED (${body})`);
    this.#names.set(segmentId, name);
    return name;
  }

  /** `name AS MATERIALIZED (…)` entries, dependencies first, for the statement's WITH list. */
  definitions(): readonly string[] {
    return this.#definitions;
  }

  /** `WITH …` for a statement that has no WITH of its own (empty when nothing is referenced). */
  withClause(): string {
    return this.#definitions.length === 0 ? '' : `WITH ${this.#definitions.join(', ')} `;
  }
}
