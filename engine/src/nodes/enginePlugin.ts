import type { EntryRefusal } from '@journeyflow/shared/journey/entryRefusal';
import type { JourneyNodeOf } from '@journeyflow/shared/journey/graph';
import type { EntryNodeType, NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from '../step/customerRecord';
import type { EngineCore } from '../step/engineCore';
import type { TriggerEvent } from '../step/runRecord';
import type { StepEnv } from '../step/stepEnv';
import type { LoadedVersion } from '../step/versionCache';
import type { NodeHandler } from './nodeHandler';

/** What lets a customer into a live journey: events (the live index files the entry under their names),
 * joining a segment, the entry's own schedule, or a call of the enroll API. */
export type EntryTrigger =
  | { readonly kind: 'events'; readonly names: readonly string[] }
  | { readonly kind: 'segment'; readonly segmentId: string }
  | { readonly kind: 'schedule' }
  | { readonly kind: 'api' };

/** A trigger's verdict: in (with the trace's reason), or not (with a refusal code for trace and stats). */
export type EntryMatch =
  | { readonly enter: true; readonly reason: string }
  | { readonly enter: false; readonly refusal?: EntryRefusal };

export type EntryMatchContext<T extends EntryNodeType> = {
  readonly env: StepEnv;
  readonly node: JourneyNodeOf<T>;
  readonly customer: CustomerRecord;
  /** The event, or the enroll call's properties as an event (`trigger` paths in `where` read them). */
  readonly trigger: TriggerEvent;
  readonly timezone: string;
};

/** How a test run (`simulateRun`) lets the customer in: by scripted events, or at the start. */
export type SimulationStart =
  | { readonly kind: 'script'; readonly events: readonly ScriptedEvent[] }
  | {
      readonly kind: 'enter';
      readonly reason: string;
      /** When given, `match` decides with these as the trigger's properties (e.g. to meet `where`). */
      readonly properties?: Record<string, unknown>;
    };

export type PublishContext<T extends EntryNodeType> = {
  readonly engine: EngineCore;
  readonly tx: SqlClient;
  readonly version: LoadedVersion;
  readonly node: JourneyNodeOf<T>;
  readonly now: Date;
};

/** A test run's scripted event: its name, properties and delay after the start. */
export type ScriptedEvent = {
  readonly name: string;
  readonly properties?: Record<string, unknown> | undefined;
  readonly afterSeconds: number;
};

/** Why a test run's customer did not enter: the trace's text, and a code + params for the web's words (issue 16). */
export type NotEnteredReason = {
  readonly text: string;
  readonly code: string;
  readonly params: Record<string, unknown>;
};

/** The engine's side of an entry node type. */
export type EntryPlugin<T extends EntryNodeType> = {
  readonly trigger: (node: JourneyNodeOf<T>) => EntryTrigger;
  /** Whether a trigger lets this customer in (entry rules such as re-entry are checked after it). */
  readonly match: (ctx: EntryMatchContext<T>) => Promise<EntryMatch>;
  /** How a test run starts: `scripted` are the caller's events, sorted by time. */
  readonly simulation: (node: JourneyNodeOf<T>, scripted: readonly ScriptedEvent[]) => SimulationStart;
  /** The test run's answer when the customer never entered: the trace's text, and a code + params for the web's words. */
  readonly notEnteredReason: (node: JourneyNodeOf<T>) => NotEnteredReason;
  /** Writes done when a version with this entry goes live, in the publish transaction (e.g. its schedule). */
  readonly publish?: (ctx: PublishContext<T>) => Promise<void>;
  /** Enrolment of customers who already qualify, flagged at publish and run after commit by `lifecycle/enrollExisting`. */
  readonly enrollExisting?: {
    readonly pending: (node: JourneyNodeOf<T>) => boolean;
  };
};

/** Everything the engine knows of one node type; entry types must bring their `entry` part. */
export type EnginePlugin<T extends NodeType> = {
  readonly step: NodeHandler<T>;
  /** Event names a run on this node may wait for (the live index looks waiting runs up only for those). */
  readonly waitsFor?: (node: JourneyNodeOf<T>) => readonly string[];
} & (T extends EntryNodeType ? { readonly entry: EntryPlugin<T> } : { readonly entry?: undefined });

export type EnginePlugins = { readonly [T in NodeType]: EnginePlugin<T> };
