import type { JourneyNodeOf } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { CustomerRecord } from '../step/customerRecord';
import type { RunRecord, TriggerEvent } from '../step/runRecord';
import type { StepEnv } from '../step/stepEnv';
import type { TraceCode, TraceKind, TraceParams } from '../step/stepWrites';
import type { LoadedVersion } from '../step/versionCache';

/** Why a run is being stepped on its current node. */
export type StepCause =
  | { readonly kind: 'enter' }
  | { readonly kind: 'due' }
  | { readonly kind: 'event'; readonly event: TriggerEvent }
  | {
      readonly kind: 'delivery';
      readonly outcome: 'sent' | 'delivered' | 'failed';
      readonly reason?: string;
    };

/** The reason's stable code and params besides the English `reason` (rendered by the web in Korean or English). */
type Coded = { readonly code?: string; readonly params?: TraceParams };

/** What a node decided: leave through a handle, wait (timer and/or event), or end the run. */
export type NodeResult =
  | ({
      readonly kind: 'route';
      readonly handle: string;
      readonly reason: string;
      readonly traceKind?: TraceKind;
    } & Coded)
  | ({
      readonly kind: 'wait';
      readonly wakeAt: Date | null;
      readonly waitingEvent?: string | null;
      readonly waitingFilter?: unknown;
      readonly reason: string;
    } & Coded)
  | ({ readonly kind: 'end'; readonly reason: string } & Coded);

export type NodeContext<T extends NodeType = NodeType> = {
  readonly node: JourneyNodeOf<T>;
  readonly run: RunRecord;
  readonly version: LoadedVersion;
  readonly customer: CustomerRecord;
  readonly env: StepEnv;
  readonly cause: StepCause;
  /** How many times this run has entered this node (1 on the first visit). */
  readonly visit: number;
  /** The customer's timezone, or the journey's when the customer has none. */
  readonly timezone: string;
  /** Adds a trace line beside the step's own (e.g. the send's outcome). */
  note(kind: TraceKind, reason: string, coded?: TraceCode): void;
};

export type NodeHandler<T extends NodeType = NodeType> = (ctx: NodeContext<T>) => Promise<NodeResult>;
