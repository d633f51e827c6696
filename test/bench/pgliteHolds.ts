/**
 * How long each PGlite statement holds this thread, for benches. PGlite runs a statement (parse, bind,
 * execute and the decoding of its result) as one chain of microtasks inside `_runExclusiveQuery`, so the
 * time from entering it to leaving it is time no request can be answered. `watchPgliteHolds` wraps that
 * method on one instance and names each hold by the text of the statement
 * the wasm last parsed; `stop` restores it and answers the longest holds and a summary per statement. The
 * PGlite instance comes from drizzle (`orm.$client`), so the bench needs no PGlite import of its own.
 */
/** Wall time and this process's CPU time (load on the machine stretches the first, hardly the second). */
type Hold = { readonly ms: number; readonly cpuMs: number; readonly text: string };

export type HoldReport = {
  readonly count: number;
  readonly totalMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly cpuP99Ms: number;
  readonly cpuMaxMs: number;
  /** Which statement of the run (1 = the first) held longest, by CPU: a cold first batch shows as 1–10. */
  readonly cpuMaxAt: number;
  /** Per statement (first 80 characters, whitespace squeezed): calls, total and longest wall / CPU ms. */
  readonly byStatement: readonly StatementHolds[];
};

type StatementHolds = {
  text: string;
  calls: number;
  totalMs: number;
  medianMs: number;
  cpuMedianMs: number;
  maxMs: number;
  cpuMaxMs: number;
};

type Patchable = {
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawSync(message: Uint8Array): Uint8Array;
};

const decoder = new TextDecoder();

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const cstringAt = (message: Uint8Array, at: number) => {
  let end = at;
  while (end < message.length && message[end] !== 0) end++;
  return { text: decoder.decode(message.subarray(at, end)), next: end + 1 };
};

/**
 * The SQL of a Parse ('P') or simple Query ('Q') protocol message, or the name of the prepared statement a
 * Bind ('B') executes (its text was seen when it was parsed), else undefined.
 */
const statementText = (message: Uint8Array, names: Map<string, string>): string | undefined => {
  const kind = message[0];
  if (kind === 0x42) {
    const statement = cstringAt(message, cstringAt(message, 5).next).text;
    return statement ? `[prepared] ${names.get(statement) ?? statement}` : undefined;
  }
  if (kind === 0x50) {
    const name = cstringAt(message, 5);
    const text = cstringAt(message, name.next).text;
    if (name.text) names.set(name.text, text);
    return text;
  }
  return kind === 0x51 ? cstringAt(message, 5).text : undefined;
};

export const watchPgliteHolds = (pglite: unknown): { reset(): void; stop(): HoldReport } => {
  const proto = pglite as Patchable;
  const originalRun = proto._runExclusiveQuery;
  const originalSync = proto.execProtocolRawSync;
  const holds: Hold[] = [];
  let lastText = '';
  const names = new Map<string, string>();
  proto.execProtocolRawSync = function (this: Patchable, message: Uint8Array) {
    const text = statementText(message, names);
    if (text !== undefined) lastText = text;
    return originalSync.call(this, message);
  };
  proto._runExclusiveQuery = function <T>(this: Patchable, fn: () => Promise<T>): Promise<T> {
    return originalRun.call<Patchable, [() => Promise<T>], Promise<T>>(this, async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      try {
        return await fn();
      } finally {
        const used = process.cpuUsage(cpu);
        holds.push({
          ms: performance.now() - started,
          cpuMs: (used.user + used.system) / 1000,
          text: lastText,
        });
      }
    });
  };
  return {
    /** Forgets the holds so far (a warm-up), keeping the names of statements prepared meanwhile. */
    reset() {
      holds.length = 0;
    },
    stop() {
      delete (proto as Partial<Patchable>)._runExclusiveQuery;
      delete (proto as Partial<Patchable>).execProtocolRawSync;
      const sorted = holds.map((h) => h.ms).sort((a, b) => a - b);
      const cpuSorted = holds.map((h) => h.cpuMs).sort((a, b) => a - b);
      const byText = new Map<string, StatementHolds & { all: number[]; allCpu: number[] }>();
      for (const hold of holds) {
        const text = hold.text
          .replace(/\s+/g, ' ')
          .replace(/jf_sp_\d+/, 'jf_sp_N')
          .trim()
          .slice(0, 80);
        const entry = byText.get(text) ?? {
          text,
          calls: 0,
          totalMs: 0,
          medianMs: 0,
          cpuMedianMs: 0,
          maxMs: 0,
          cpuMaxMs: 0,
          all: [],
          allCpu: [],
        };
        entry.all.push(hold.ms);
        entry.allCpu.push(hold.cpuMs);
        entry.calls++;
        entry.totalMs += hold.ms;
        entry.maxMs = Math.max(entry.maxMs, hold.ms);
        entry.cpuMaxMs = Math.max(entry.cpuMaxMs, hold.cpuMs);
        byText.set(text, entry);
      }
      return {
        count: holds.length,
        totalMs: sorted.reduce((a, b) => a + b, 0),
        p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
        maxMs: sorted.at(-1) ?? 0,
        cpuP99Ms: cpuSorted[Math.floor(cpuSorted.length * 0.99)] ?? 0,
        cpuMaxMs: cpuSorted.at(-1) ?? 0,
        cpuMaxAt: holds.findIndex((h) => h.cpuMs === cpuSorted.at(-1)) + 1,
        byStatement: [...byText.values()]
          .map(({ all, allCpu, ...entry }) => ({
            ...entry,
            medianMs: median(all),
            cpuMedianMs: median(allCpu),
          }))
          .sort((a, b) => b.cpuMaxMs - a.cpuMaxMs),
      };
    },
  };
};
