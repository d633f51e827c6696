import type { NodeContext } from './nodeHandler';

/**
 * The template exactly as the reviewer approved it: the copy pinned into the journey version at submit
 * (`journey_versions.pinned_templates`). Versions published before pinning use the latest
 * `template_versions` row from before the publish. Without a recorded version (a test run of a draft,
 * or a template older than versioning) the current template is used.
 */
export async function loadTemplate(ctx: NodeContext<'send'>, templateId: string) {
  const [row] = await ctx.env.tx.query<{ content: unknown; channel: string; purpose: string }>(
    `select coalesce(p.pin -> 'content', v.content, t.content) as content,
              coalesce(p.pin ->> 'channel', v.channel, t.channel) as channel,
              coalesce(p.pin ->> 'purpose', v.purpose, t.purpose) as purpose
         from templates t
         left join lateral (
           select jv.pinned_templates -> 'templates' -> t.id as pin from journey_versions jv where jv.id = $3
         ) p on true
         left join lateral (
           select tv.content, tv.channel, tv.purpose
             from template_versions tv
             join journey_versions jv on jv.id = $3
            where tv.template_id = t.id and tv.workspace_id = t.workspace_id and tv.created_at <= jv.published_at
            order by tv.version desc
            limit 1
         ) v on true
        where t.id = $1 and t.workspace_id = $2`,
    [templateId, ctx.run.workspaceId, ctx.version.versionId],
  );
  return row;
}
