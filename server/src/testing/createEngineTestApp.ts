import type { DatabaseKind } from '../db/database';
import { createEnginePublishHook, startEngine } from '../services/runsEngine';
import { createTestApp, type TestApp } from './createTestApp';

/**
 * A test app whose publishes go through the engine (publish hook) and whose engine is started without its
 * loop (tests step it themselves); `dispose` stops the engine, then drops the app.
 */
export const createEngineTestApp = async (kind: DatabaseKind): Promise<TestApp> => {
  let app: TestApp | undefined;
  const t = await createTestApp(kind, {
    onPublish: (event, tx) => createEnginePublishHook(app!.deps.engine)(event, tx),
  });
  app = t;
  const running = await startEngine(t.db, t.deps.engine, t.deps.logger, { loop: false });
  return {
    ...t,
    async dispose() {
      await running.stop();
      await t.dispose();
    },
  };
};
