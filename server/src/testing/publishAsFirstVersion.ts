import { publishTestVersion } from '../db/testVersions';
import type { TestApp, TestClient } from './createTestApp';

/** The workspace the client is signed in to. */
export const workspaceOf = async (client: TestClient): Promise<string> => {
  const me = await client.get('/api/auth/me');
  return me.body.user?.workspaceId ?? me.body.workspaceId;
};

/**
 * Publishes a journey as version 1 of the client's workspace straight to the engine (no review), for
 * route tests that need a live journey; answers the workspace id.
 */
export const publishAsFirstVersion = async (
  t: TestApp,
  client: TestClient,
  journey: { id: string; graph: unknown; settings?: unknown },
): Promise<string> => {
  const workspaceId = await workspaceOf(client);
  await publishTestVersion(t.deps.engine, {
    workspaceId,
    journeyId: journey.id,
    versionId: `${journey.id}_v1`,
    version: 1,
    graph: journey.graph as never,
    settings: (journey.settings ?? {}) as never,
  });
  return workspaceId;
};
