import { type PGlite, parse, protocol, type types } from '@electric-sql/pglite';
import type { SqlRow } from '@journeyflow/engine/ports/sqlClient';

type Message = { readonly name: string };
type ParameterDescription = Message & { readonly dataTypeIDs: readonly number[] };
type Statement = {
  readonly name: string;
  readonly parameterTypes: readonly number[];
  /** The statement's row description (undefined: it returns no rows), put before each execution's rows. */
  readonly rowDescription: Message | undefined;
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
};

/**
 * Named prepared statements on PGlite, for statements the engine marks `prepare` (fixed text, the step and
 * ingestion paths). PGlite's `query` sends every statement unnamed, so each call parses, analyzes and plans
 * it again — for the ingestion's customers-and-events statement about a third of its time, all of it
 * holding this thread. Here a text is parsed once per database (Parse + Describe under a generated name)
 * and later calls only Bind and Execute it, as postgres.js does with `prepare` on PostgreSQL (the same plan
 * cache rules apply: custom plans first, a generic plan once it is no dearer). Each call must hold PGlite's
 * query lock (and, outside a transaction, its transaction lock), as `PGlite.query` does.
 */
export const createPglitePreparedStatements = (
  pg: PGlite,
  serializers: Readonly<Record<number, types.Serializer>>,
) => {
  const statements = new Map<string, Statement>();

  const prepare = async (text: string): Promise<Statement> => {
    const known = statements.get(text);
    if (known) return known;
    const name = `jf_ps_${statements.size + 1}`;
    const { messages } = await pg.execProtocol(
      concat([
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const described = messages.find((m) => m.name === 'parameterDescription') as
      | ParameterDescription
      | undefined;
    const statement = {
      name,
      parameterTypes: described?.dataTypeIDs ?? [],
      rowDescription: messages.find((m) => m.name === 'rowDescription'),
    };
    statements.set(text, statement);
    return statement;
  };

  const serialize = (statement: Statement, params: readonly unknown[]) =>
    params.map((value, i) => {
      if (value == null) return null;
      const type = statement.parameterTypes[i] ?? 0;
      const serializer = serializers[type] ?? pg.serializers[type];
      return serializer ? serializer(value) : String(value);
    });

  /** Runs `text` as a prepared statement; the caller holds PGlite's locks. */
  return async <T extends SqlRow>(
    text: string,
    params: readonly unknown[],
    syncToFs: boolean,
  ): Promise<T[]> => {
    const statement = await prepare(text);
    const { messages } = await pg.execProtocol(
      concat([
        protocol.serialize.bind({
          statement: statement.name,
          values: serialize(statement, params) as string[],
        }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ]),
      { syncToFs },
    );
    const withFields = statement.rowDescription ? [statement.rowDescription, ...messages] : messages;
    const [result] = parse.parseResults(withFields as never, pg.parsers);
    return (result?.rows ?? []) as T[];
  };
};
