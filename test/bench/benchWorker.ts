import { createInterface } from 'node:readline';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import { createPostgresSqlClient } from '@journeyflow/server/db/postgresSqlClient';
import postgres from 'postgres';

// A benchmark worker process: connects, waits for "go" on stdin, steps due runs until none is left,
// prints { steps, runs } as JSON and exits. Spawned by run.ts for the 1- and 2-worker figures.
// A plain pool without migrations: the parent already migrated this database.
const client = postgres(process.env.DATABASE_URL ?? '', {
  max: 2,
  connection: { jit: 'off' },
  onnotice: () => {},
  types: {
    int8: { to: 20, from: [20], serialize: (v: number) => String(v), parse: (v: string) => Number(v) },
  },
});
const db = { sql: createPostgresSqlClient(client), close: () => client.end({ timeout: 5 }) };
const engine = await createEngine({ db: db.sql, clock: systemClock, logger: silentLogger, ids: randomIds });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  let steps = 0;
  let runs = 0;
  let idle = 0;
  while (idle < 2) {
    const result = await stepDueRuns(engine);
    steps += result.steps;
    runs += result.claimed;
    idle = result.claimed === 0 ? idle + 1 : 0;
  }
  process.stdout.write(`${JSON.stringify({ steps, runs })}\n`);
  break;
}
lines.close();
await db.close();
process.exit(0);
