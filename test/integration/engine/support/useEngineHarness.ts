import type { DatabaseKind } from '@journeyflow/server/db/database';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EngineHarness } from './engineHarness';

/**
 * The engine harness of a suite: opened before its tests, reset (empty tables, clock back to the start)
 * before each, disposed after. Registers its own hooks, so call it once at the top of a `describe`; the
 * answer stands for the harness opened there (a forwarding proxy, since the harness opens asynchronously).
 */
export const useEngineHarness = (kind: DatabaseKind): EngineHarness => {
  let opened: EngineHarness | undefined;
  beforeAll(async () => {
    opened = await EngineHarness.open(kind);
  });
  afterAll(() => opened?.dispose());
  beforeEach(() => opened?.reset());
  const harness = (): EngineHarness => {
    if (!opened) throw new Error('the engine harness is used before its beforeAll opened it');
    return opened;
  };
  return new Proxy({} as EngineHarness, {
    get(_, key) {
      const value = Reflect.get(harness(), key);
      return typeof value === 'function' ? value.bind(harness()) : value;
    },
  });
};
