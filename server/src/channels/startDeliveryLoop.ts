import {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from '@journeyflow/engine/delivery/deliveryWorker';
import type { Clock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import type { Logger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { ChannelServices } from './channelServices';

export type DeliveryLoop = {
  readonly worker: DeliveryWorker;
  /** Stops ticking and waits for the tick in flight. */
  stop(): Promise<void>;
};

/**
 * Runs the delivery worker in this process. `clock` must be the engine's clock (scaled in demos), because
 * the engine stamps `next_attempt_at` with it. Leases run on the real clock regardless (see deliveryLease.ts).
 */
export const startDeliveryLoop = (deps: {
  readonly sql: SqlClient;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly channels: ChannelServices;
  readonly intervalMs?: number;
  readonly options?: DeliveryWorkerOptions;
}): DeliveryLoop => {
  const worker = createDeliveryWorker(
    {
      db: deps.sql,
      clock: deps.clock,
      logger: deps.logger,
      ids: randomIds,
      channels: deps.channels.registry,
    },
    { ...(deps.channels.onOutcome ? { onOutcome: deps.channels.onOutcome } : {}), ...deps.options },
  );
  const stop = worker.start(deps.intervalMs ?? 1000);
  return { worker, stop };
};
