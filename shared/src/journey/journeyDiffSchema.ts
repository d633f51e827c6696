import { z } from 'zod';

export const valueChangeSchema = z.object({
  /** Dotted path of the changed value, e.g. `settings.content.text` or `label`. */
  path: z.string(),
  /** Absent when the value was not set on that side (JSON drops `undefined`). */
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type ValueChange = z.infer<typeof valueChangeSchema>;

const diffNodeSchema = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string().optional(),
  settings: z.unknown(),
  position: z.object({ x: z.number(), y: z.number() }).optional(),
});
const diffEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  sourceHandle: z.string(),
  target: z.string(),
});

/** Structural difference between two versions of a journey, for the review screen. */
export const journeyDiffSchema = z.object({
  nodes: z.object({
    added: z.array(diffNodeSchema),
    removed: z.array(diffNodeSchema),
    changed: z.array(z.object({ nodeId: z.string(), changes: z.array(valueChangeSchema) })),
  }),
  edges: z.object({ added: z.array(diffEdgeSchema), removed: z.array(diffEdgeSchema) }),
  settings: z.array(valueChangeSchema),
  /**
   * Changes of the template texts the journey sends (paths `templates.<id>.content.text`,
   * `alimtalk.<code>.body`); absent from older servers.
   */
  templates: z.array(valueChangeSchema).optional(),
});
export type JourneyDiff = z.infer<typeof journeyDiffSchema>;
