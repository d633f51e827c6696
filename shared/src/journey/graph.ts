import { z } from 'zod';
import { LIMITS, withinLimit } from '../limits';
import type { NodeDefinition } from './nodeDefinition';
import { type NodeRegistry, type NodeType, nodeRegistry, nodeTypeSchema, nodeTypes } from './nodeRegistry';

export const nodeIdSchema = z.string().min(1, 'A node needs an id');

export const positionSchema = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof positionSchema>;

function nodeSchemaFor<const T extends string, S extends z.ZodType>(definition: NodeDefinition<T, S>) {
  return z.object({
    id: nodeIdSchema,
    type: z.literal(definition.type),
    position: positionSchema,
    label: z.string().optional(),
    settings: definition.settingsSchema,
  });
}

type AnyNodeSchema = {
  [K in NodeType]: NodeRegistry[K]['settingsSchema'] extends infer S extends z.ZodType
    ? ReturnType<typeof nodeSchemaFor<K, S>>
    : never;
}[NodeType];

/** One object schema per registered type, discriminated by `type` (derived from the registry). */
export const journeyNodeSchema = z.discriminatedUnion(
  'type',
  nodeTypes.map((type) => nodeSchemaFor(nodeRegistry[type] as NodeDefinition<NodeType>)) as unknown as [
    AnyNodeSchema,
    ...AnyNodeSchema[],
  ],
);
export type JourneyNode = z.infer<typeof journeyNodeSchema>;

/** A node narrowed to one type, e.g. `JourneyNodeOf<'send'>`. */
export type JourneyNodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;

/** Parsed settings of one node type, e.g. `NodeSettings<'wait.event'>`. */
export type NodeSettings<T extends NodeType> = z.output<NodeRegistry[T]['settingsSchema']>;

export const journeyEdgeSchema = z.object({
  id: z.string().min(1, 'An edge needs an id'),
  source: nodeIdSchema,
  sourceHandle: z.string().min(1).default('next'),
  target: nodeIdSchema,
});
export type JourneyEdge = z.infer<typeof journeyEdgeSchema>;

const nodesCap = withinLimit('graphNodes', `A journey has at most ${LIMITS.graphNodes} steps`);
const edgesCap = withinLimit('graphEdges', `A journey has at most ${LIMITS.graphEdges} connections`);

export const journeyGraphSchema = z.object({
  nodes: z.array(journeyNodeSchema).superRefine(nodesCap),
  edges: z.array(journeyEdgeSchema).superRefine(edgesCap),
});
export type JourneyGraph = z.infer<typeof journeyGraphSchema>;
/** What callers may send: edges may leave `sourceHandle` out. */
export type JourneyGraphInput = z.input<typeof journeyGraphSchema>;

export const emptyJourneyGraph: JourneyGraph = { nodes: [], edges: [] };

/**
 * A journey graph as the editor saves it: the structure is checked, node settings are not, so an
 * unfinished draft (an event name not typed yet) can be autosaved. `validateJourney` tells what is
 * missing; publishing requires it to pass, after which `journeyGraphSchema` parses the graph.
 */
export const draftJourneyNodeSchema = z.object({
  id: nodeIdSchema,
  type: nodeTypeSchema,
  position: positionSchema,
  label: z.string().optional(),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type DraftJourneyNode = z.infer<typeof draftJourneyNodeSchema>;

export const draftJourneyGraphSchema = z.object({
  nodes: z.array(draftJourneyNodeSchema).superRefine(nodesCap),
  edges: z.array(journeyEdgeSchema).superRefine(edgesCap),
});
export type DraftJourneyGraph = z.infer<typeof draftJourneyGraphSchema>;
