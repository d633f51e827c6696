import { z } from 'zod';
import type { NodeDefinition } from '../nodeDefinition';
import type { ValidationIssue } from '../validationIssue';

export const looseGraphSchema = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });

export const looseEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  sourceHandle: z.string().min(1).default('next'),
  target: z.string(),
});

/** A node as the checks see it after its own pass: what could be read of it. */
export type CheckedNode = {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  readonly definition?: NodeDefinition;
  /** Parsed settings; absent when they are invalid. */
  readonly settings?: unknown;
  /** Handles, known when the settings could be read. */
  readonly handles?: readonly string[];
};

export type CheckedEdge = z.infer<typeof looseEdgeSchema>;

/** What the node and edge passes leave for the graph-wide checks. */
export type CheckedGraph = {
  readonly nodes: ReadonlyMap<string, CheckedNode>;
  /** Edges whose endpoints and handle exist. */
  readonly edges: readonly CheckedEdge[];
  /** Edges per `${source}\0${handle}`. */
  readonly bySourceHandle: ReadonlyMap<string, readonly CheckedEdge[]>;
};

/** Each check appends to one list of issues. */
export type IssueSink = ValidationIssue[];

export const handleKey = (nodeId: string, handle: string) => `${nodeId}\u0000${handle}`;

/** The step's name for the web's words: its label, else its type (the web names the type in words). */
export function stepParam(node: CheckedNode): string {
  return node.label?.trim() || node.type;
}

export function nodeName(node: CheckedNode): string {
  if (node.label?.trim()) return `"${node.label.trim()}"`;
  return `the ${node.definition?.label ?? node.type} step "${node.id}"`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function handleName(node: CheckedNode, handle: string): string {
  const settings = node.settings as { branches?: readonly { id: string; label?: string }[] } | undefined;
  const branch = settings?.branches?.find((b) => b.id === handle);
  return branch?.label ? `"${branch.label}" branch` : `"${handle}" output`;
}
