/**
 * Remembers a result for `ttlMs` only when computing it took at least `slowMs`, and reuses it only while
 * the size of its input (`basis`, e.g. the number of finished visits) changed by at most 1 %: small
 * inputs stay exact on every call, while an expensive aggregate (time-in-node percentiles of a journey
 * with millions of trace rows, polled by every open live view) is recomputed at most once per `ttlMs`.
 */
export function createSlowResultCache<T>(options: {
  readonly ttlMs: number;
  readonly slowMs: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 1000;
  const entries = new Map<string, { readonly at: number; readonly basis: number; readonly value: T }>();
  return {
    async get(key: string, basis: number, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at < options.ttlMs && Math.abs(basis - hit.basis) <= hit.basis * 0.01) {
        return hit.value;
      }
      const started = now();
      const value = await compute();
      const finished = now();
      entries.delete(key);
      if (finished - started >= options.slowMs) {
        if (entries.size >= maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
        entries.set(key, { at: finished, basis, value });
      }
      return value;
    },
  };
}
