import { firstFireTime } from '../step/firstFireTime';
import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';

/** entry.schedule: fired by `fireSchedules` from the `schedules` row written at publish. */
export const entrySchedulePlugin: EnginePlugin<'entry.schedule'> = {
  step: entryStep(),
  entry: {
    trigger: () => ({ kind: 'schedule' }),
    match: async () => ({ enter: true, reason: 'entered: the schedule fired' }),
    simulation: () => ({ kind: 'enter', reason: 'entered: test run fires the schedule now' }),
    notEnteredReason: () => ({
      text: 'the entry rules refused the customer',
      code: 'sim.not_entered',
      params: {},
    }),
    publish: async ({ tx, version, node, now }) => {
      const fire = firstFireTime(node.settings, now, version.settings.timezone);
      await tx.query(
        `insert into schedules (version_id, workspace_id, node_id, next_fire_at) values ($1, $2, $3, $4::timestamptz)
         on conflict (version_id, workspace_id) do update set next_fire_at = excluded.next_fire_at`,
        [version.versionId, version.workspaceId, node.id, fire ? fire.toISOString() : null],
      );
    },
  },
};
