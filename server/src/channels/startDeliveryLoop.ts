import {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from '@journeyflow/engine/delivery/deliveryWorker';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import type { ChannelServices } from './channelServices';

export type DeliveryLoop = {
  readonly worker: DeliveryWorker;
  /** Stops ticking and waits for the tick in flight. */
  stop(): Promise<void>;
};

/**
 * Runs the engine's delivery worker in this process. It uses the engine's clock (scaled in demos), because
 * the engine stamps `next_attempt_at` with it; leases run on the real clock regardless (see deliveryLease.ts).
 * Final outcomes resume the runs parked on their send nodes (the worker does that itself).
 */
export const startDeliveryLoop = (deps: {
  readonly engine: Engine;
  readonly channels: ChannelServices;
  readonly intervalMs?: number;
  readonly options?: DeliveryWorkerOptions;
}): DeliveryLoop => {
  const worker = createDeliveryWorker(deps.engine, deps.channels.registry, deps.options);
  const stop = worker.start(deps.intervalMs ?? 1000);
  return { worker, stop };
};
