import { z } from 'zod';

/** A saved template as it stood when the journey was submitted; the approval covers exactly this. */
export const pinnedTemplateSchema = z.object({
  version: z.number().int(),
  name: z.string(),
  channel: z.string(),
  purpose: z.string(),
  content: z.record(z.string(), z.unknown()),
});
export type PinnedTemplate = z.infer<typeof pinnedTemplateSchema>;

/** A registered AlimTalk template (Kakao code) as it stood at submit. */
export const pinnedAlimtalkSchema = z.object({ body: z.string(), buttons: z.unknown().optional() });
export type PinnedAlimtalk = z.infer<typeof pinnedAlimtalkSchema>;

/**
 * Everything a journey sends that lives outside its graph, pinned at submit: saved templates by id and
 * AlimTalk registrations by code. Publishing copies it into the version, and the engine sends exactly it.
 */
export const pinnedTemplatesSchema = z.object({
  templates: z.record(z.string(), pinnedTemplateSchema),
  alimtalk: z.record(z.string(), pinnedAlimtalkSchema),
});
export type PinnedTemplates = z.infer<typeof pinnedTemplatesSchema>;

type GraphLike = { readonly nodes: readonly { readonly type: string; readonly settings?: unknown }[] };

const sendSettingsOf = (graph: GraphLike) =>
  graph.nodes
    .filter((node) => node.type === 'send')
    .map((node) => (node.settings ?? {}) as { templateId?: unknown; channel?: unknown; content?: unknown });

/** Ids of the saved templates the journey's send steps use, sorted and distinct. */
export function referencedTemplateIds(graph: GraphLike): string[] {
  const ids = sendSettingsOf(graph).flatMap((s) =>
    typeof s.templateId === 'string' && s.templateId ? [s.templateId] : [],
  );
  return [...new Set(ids)].sort();
}

const codeOf = (content: unknown): string | undefined => {
  const code = (content as { templateCode?: unknown } | null | undefined)?.templateCode;
  return typeof code === 'string' && code ? code : undefined;
};

/**
 * AlimTalk template codes the journey sends: inline AlimTalk content and pinned AlimTalk templates.
 * `templates` are the already pinned saved templates (their content names the code).
 */
export function referencedAlimtalkCodes(
  graph: GraphLike,
  templates: Readonly<Record<string, PinnedTemplate>>,
): string[] {
  const inline = sendSettingsOf(graph).flatMap((s) =>
    s.channel === 'alimtalk' && codeOf(s.content) ? [codeOf(s.content) as string] : [],
  );
  const saved = Object.values(templates).flatMap((t) =>
    t.channel === 'alimtalk' && codeOf(t.content) ? [codeOf(t.content) as string] : [],
  );
  return [...new Set([...inline, ...saved])].sort();
}

/** True when nothing is pinned (a journey sending only inline content), so the hash stays graph + settings. */
export const isEmptyPin = (pinned: PinnedTemplates | null | undefined): boolean =>
  !pinned || (Object.keys(pinned.templates).length === 0 && Object.keys(pinned.alimtalk).length === 0);
