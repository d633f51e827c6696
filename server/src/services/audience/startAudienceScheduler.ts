import type { Clock } from '@journeyflow/engine/ports/clock';
import type { Logger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { type AudienceEffects, applyAudienceChange } from './refreshAudience';
import { refreshAllSegments } from './refreshSegment';
import { runAudienceJobs } from './runAudienceJobs';

export type AudienceSchedulerOptions = {
  readonly sql: SqlClient;
  readonly effects: AudienceEffects;
  readonly clock: Clock;
  readonly logger: Logger;
  /** UTC hour of the nightly job (RFM, grades, segments, consent); default 18 = 03:00 in Seoul. */
  readonly nightlyHourUtc?: number;
  /** How often to look whether a slot is due; default one minute. */
  readonly pollMs?: number;
};

/** Claims a (job, slot) once across every process sharing the database; true for the one that should run it. */
const claim = async (sql: SqlClient, job: string, slot: string, now: Date): Promise<boolean> => {
  const rows = await sql.query(
    `insert into audience_job_runs (job, slot, started_at) values ($1, $2, $3::timestamptz)
     on conflict do nothing returning job`,
    [job, slot, now.toISOString()],
  );
  return rows.length > 0;
};

const finish = (sql: SqlClient, job: string, slot: string, now: Date) =>
  sql.query('update audience_job_runs set finished_at = $3::timestamptz where job = $1 and slot = $2', [
    job,
    slot,
    now.toISOString(),
  ]);

const reportFailure = (
  options: AudienceSchedulerOptions,
  failure: { workspaceId: string; segmentId?: string },
  error: unknown,
) => options.logger.error('audience job failed for a workspace', { ...failure, error: String(error) });

/**
 * One tick of the audience schedule: every hour a full refresh of the dynamic segments (so time
 * windows such as "bought within 90 days" let customers leave without any new event), and once a day
 * the nightly job. Exposed for tests and for `pnpm worker`; `startAudienceScheduler` calls it on a timer.
 */
export const tickAudienceSchedule = async (options: AudienceSchedulerOptions): Promise<string[]> => {
  const { sql, effects, clock } = options;
  const now = clock.now();
  const ran: string[] = [];
  const hour = now.toISOString().slice(0, 13);
  if (await claim(sql, 'segments', hour, now)) {
    const workspaces = await sql.query<{ workspace_id: string }>(
      `select distinct workspace_id from segments where type = 'dynamic'`,
    );
    for (const { workspace_id } of workspaces) {
      // Failures stay with their workspace (failed segments are recorded on their rows): the loop goes on.
      try {
        const transitions = await refreshAllSegments(sql, {
          now,
          workspaceId: workspace_id,
          onError: (segment, error) =>
            reportFailure(options, { workspaceId: workspace_id, segmentId: segment.id }, error),
        });
        await applyAudienceChange(effects, workspace_id, { gradeChanges: [], transitions });
      } catch (error) {
        reportFailure(options, { workspaceId: workspace_id }, error);
      }
    }
    await finish(sql, 'segments', hour, clock.now());
    ran.push(`segments:${hour}`);
  }
  const nightlyHour = options.nightlyHourUtc ?? 18;
  const day = now.toISOString().slice(0, 10);
  if (now.getUTCHours() >= nightlyHour && (await claim(sql, 'nightly', day, now))) {
    const report = await runAudienceJobs(sql, effects, now, {
      onError: (failure, error) => reportFailure(options, failure, error),
    });
    options.logger.info('audience nightly job', report);
    await finish(sql, 'nightly', day, clock.now());
    ran.push(`nightly:${day}`);
  }
  return ran;
};

/** Runs `tickAudienceSchedule` every minute until `stop()`. A failed tick is logged and retried next hour. */
export const startAudienceScheduler = (options: AudienceSchedulerOptions): { stop(): Promise<void> } => {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = tickAudienceSchedule(options).catch((error: unknown) =>
      options.logger.error('audience schedule failed', { error: String(error) }),
    );
  };
  const timer = setInterval(tick, options.pollMs ?? 60_000);
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
};
