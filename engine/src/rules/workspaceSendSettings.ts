import { linkBase } from '@journeyflow/shared/messaging/linkHost';
import type { StepEnv } from '../step/stepEnv';
import { capsFromRow, type WorkspaceCaps } from './caps';

/** What a send step needs from the workspace's messaging settings (Settings → Ads & opt-out). */
export type WorkspaceSendSettings = {
  readonly caps: WorkspaceCaps;
  /** Base of tracked short links: the workspace's link host, else the engine's `publicUrl`. */
  readonly linkBase: string;
};

/**
 * The workspace's caps and short-link base, read once per batch (one query per workspace in it, not one
 * per send) and shared by every send step of the batch.
 */
export function workspaceSendSettings(env: StepEnv, workspaceId: string): Promise<WorkspaceSendSettings> {
  let loaded = env.workspaceSettings.get(workspaceId) as Promise<WorkspaceSendSettings> | undefined;
  if (!loaded) {
    loaded = env.tx
      .query<{ fatigue_cap: unknown; total_ad_cap: unknown; link_host: string | null }>(
        'select fatigue_cap, total_ad_cap, link_host from messaging_settings where workspace_id = $1',
        [workspaceId],
        { prepare: true },
      )
      .then(([row]) => ({
        caps: capsFromRow(row, env.options.workspaceCap),
        linkBase: linkBase(row?.link_host, env.options.publicUrl),
      }));
    env.workspaceSettings.set(workspaceId, loaded);
  }
  return loaded;
}
