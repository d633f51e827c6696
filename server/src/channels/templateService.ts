import type { SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type {
  CreateTemplateRequest,
  Template,
  TemplatePreviewRequest,
  TemplatePreviewResponse,
  TemplateVersion,
} from '@journeyflow/shared/api/templates';
import { checkSendCompliance } from '@journeyflow/shared/compliance/checkSendCompliance';
import type { Channel, ChannelContentMap } from '@journeyflow/shared/messaging/channelContent';
import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import type { RenderContext } from '@journeyflow/shared/messaging/renderContent';
import { sampleCustomer } from '@journeyflow/shared/messaging/sampleCustomer';
import { ConflictError, NotFoundError } from '../errors/domainErrors';
import { newId } from '../ids';
import { recordAudit } from '../services/recordAudit';
import { returnJourneysOnTemplateChange } from '../services/returnJourneysOnTemplateChange';
import { checkTemplateSandbox } from './checkTemplateSandbox';
import { renderPreview } from './renderPreview';
import { getMessagingSettings } from './workspaceMessagingService';

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

const toTemplate = (row: SqlRow): Template => ({
  id: String(row.id),
  name: String(row.name),
  channel: row.channel as Channel,
  purpose: row.purpose as Template['purpose'],
  content: (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as Record<
    string,
    unknown
  >,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

export const listTemplates = async (
  sql: SqlClient,
  workspaceId: string,
  channel?: Channel,
): Promise<Template[]> => {
  const rows = channel
    ? await sql.query(
        'select * from templates where workspace_id = $1 and channel = $2 order by updated_at desc',
        [workspaceId, channel],
      )
    : await sql.query('select * from templates where workspace_id = $1 order by updated_at desc', [
        workspaceId,
      ]);
  return rows.map(toTemplate);
};

export const getTemplate = async (sql: SqlClient, workspaceId: string, id: string): Promise<Template> => {
  const [row] = await sql.query('select * from templates where id = $1 and workspace_id = $2', [
    id,
    workspaceId,
  ]);
  if (!row) throw new NotFoundError('Template');
  return toTemplate(row);
};

export const createTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  input: CreateTemplateRequest,
  userId: string | null,
): Promise<Template> => {
  checkTemplateSandbox(input.content);
  return sql.transaction(async (tx) => {
    const [row] = await tx.query(
      `insert into templates (id, workspace_id, name, channel, purpose, content, created_by)
       values ($1, $2, $3, $4, $5, $6::text::jsonb, $7) returning *`,
      [
        newId('tpl'),
        workspaceId,
        input.name,
        input.channel,
        input.purpose,
        JSON.stringify(input.content),
        userId,
      ],
    );
    await recordVersion(tx, row!, userId);
    const created = toTemplate(row!);
    await auditTemplate(tx, workspaceId, userId, 'created', created.id, undefined, created);
    return created;
  });
};

/**
 * Replaces a template and records the new state in `template_versions`, so journey versions published
 * earlier can keep sending the text they were approved with.
 */
export const updateTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  id: string,
  input: CreateTemplateRequest,
  userId: string | null = null,
): Promise<Template> => {
  checkTemplateSandbox(input.content);
  return sql.transaction(async (tx) => {
    const [previous] = await tx.query(
      'select * from templates where id = $1 and workspace_id = $2 for update',
      [id, workspaceId],
    );
    const [row] = await tx.query(
      `update templates set name = $3, channel = $4, purpose = $5, content = $6::text::jsonb, version = version + 1,
         updated_at = now()
       where id = $1 and workspace_id = $2 returning *`,
      [id, workspaceId, input.name, input.channel, input.purpose, JSON.stringify(input.content)],
    );
    if (!row) throw new NotFoundError('Template');
    await recordVersion(tx, row, userId);
    const updated = toTemplate(row);
    await auditTemplate(tx, workspaceId, userId, 'updated', id, previous && toTemplate(previous), updated);
    await returnJourneysOnTemplateChange(tx, {
      workspaceId,
      actorId: userId,
      kind: 'templates',
      key: id,
      name: updated.name,
      now: new Date(updated.updatedAt),
    });
    return updated;
  });
};

const auditTemplate = (
  tx: SqlClient,
  workspaceId: string,
  actorId: string | null,
  action: 'created' | 'updated' | 'deleted',
  templateId: string,
  before: Template | undefined,
  after: Template | undefined,
) =>
  recordAudit(tx, {
    workspaceId,
    actorId,
    action,
    entityType: 'template',
    entityId: templateId,
    before,
    after,
  });

const recordVersion = (tx: SqlClient, row: SqlRow, userId: string | null) =>
  tx.query(
    `insert into template_versions (template_id, version, workspace_id, name, channel, purpose, content, created_by,
       created_at)
     values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)`,
    [
      row.id,
      row.version,
      row.workspace_id,
      row.name,
      row.channel,
      row.purpose,
      typeof row.content === 'string' ? row.content : JSON.stringify(row.content),
      userId,
      new Date(row.updated_at as string | Date).toISOString(),
    ],
  );

/** The template's history, newest first (404 for another workspace's template). */
export const listTemplateVersions = async (
  sql: SqlClient,
  workspaceId: string,
  id: string,
): Promise<TemplateVersion[]> => {
  await getTemplate(sql, workspaceId, id);
  const rows = await sql.query(
    `select v.*, u.name as created_by_name from template_versions v left join users u on u.id = v.created_by
      where v.template_id = $1 and v.workspace_id = $2 order by v.version desc`,
    [id, workspaceId],
  );
  return rows.map((r) => ({
    version: Number(r.version),
    name: String(r.name),
    purpose: r.purpose as Template['purpose'],
    content: (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) as Record<string, unknown>,
    createdAt: iso(r.created_at),
    createdBy: (r.created_by as string | null) ?? null,
    createdByName: (r.created_by_name as string | null) ?? null,
  }));
};

/** Refuses to delete a template a live or paused journey version still sends. */
export const deleteTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  id: string,
  userId: string | null = null,
): Promise<void> => {
  const inUse = await sql.query(
    `select journey_id from journey_versions
     where workspace_id = $1 and status in ('live', 'paused') and strpos(graph::text, $2) > 0 limit 1`,
    [workspaceId, JSON.stringify(id)],
  );
  if (inUse.length > 0) {
    throw new ConflictError('A live journey sends this template; pause or archive it first', {
      journeyId: inUse[0]!.journey_id,
    });
  }
  await sql.transaction(async (tx) => {
    const deleted = await tx.query('delete from templates where id = $1 and workspace_id = $2 returning *', [
      id,
      workspaceId,
    ]);
    if (deleted.length === 0) throw new NotFoundError('Template');
    const before = toTemplate(deleted[0]!);
    await auditTemplate(tx, workspaceId, userId, 'deleted', id, before, undefined);
    await returnJourneysOnTemplateChange(tx, {
      workspaceId,
      actorId: userId,
      kind: 'templates',
      key: id,
      name: before.name,
      now: new Date(),
    });
  });
};

const loadCustomer = async (
  sql: SqlClient,
  workspaceId: string,
  request: TemplatePreviewRequest,
): Promise<RenderContext['customer']> => {
  if (request.externalId) {
    const [row] = await sql.query(
      'select external_id, attributes, grade, timezone, locale, phone, email from customers where workspace_id = $1 and external_id = $2',
      [workspaceId, request.externalId],
    );
    if (!row) throw new NotFoundError('Customer');
    const attributes = (row.attributes ?? {}) as Record<string, unknown>;
    return {
      externalId: String(row.external_id),
      attributes: {
        ...attributes,
        phone: row.phone ?? attributes.phone,
        email: row.email ?? attributes.email,
      },
      grade: (row.grade as string | null) ?? null,
      timezone: (row.timezone as string | null) ?? null,
      locale: (row.locale as string | null) ?? null,
    };
  }
  if (request.customer) return { externalId: 'preview', attributes: request.customer };
  return sampleCustomer;
};

/**
 * Renders a template for a chosen, made-up or sample customer (and optional entry event). Missing variables
 * are errors here (in journey validation they are warnings); compliance issues of the rendered text and the
 * SMS byte count/type come along so the editor can show them while typing.
 */
export const previewTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  id: string,
  request: TemplatePreviewRequest,
  now: Date,
): Promise<TemplatePreviewResponse> => {
  const template = await getTemplate(sql, workspaceId, id);
  return previewContent(sql, workspaceId, template, request, now);
};

export const previewContent = async (
  sql: SqlClient,
  workspaceId: string,
  template: Pick<Template, 'channel' | 'purpose' | 'content'>,
  request: TemplatePreviewRequest,
  now: Date,
): Promise<TemplatePreviewResponse> => {
  const customer = await loadCustomer(sql, workspaceId, request);
  const context: RenderContext = {
    customer,
    ...(request.event
      ? { event: { name: request.event.name ?? 'event', properties: request.event.properties ?? {} } }
      : {}),
    journey: { name: 'Preview' },
    now,
    timezone: 'Asia/Seoul',
  };
  let alimtalkTemplateText: string | undefined;
  if (template.channel === 'alimtalk') {
    const [registered] = await sql.query<{ body: string }>(
      'select body from alimtalk_templates where workspace_id = $1 and code = $2',
      [workspaceId, String(template.content.templateCode ?? '')],
    );
    alimtalkTemplateText = registered?.body;
  }
  const content = template.content as ChannelContentMap[Channel];
  const messaging = await getMessagingSettings(sql, workspaceId);
  const { rendered, missingVariables, linkIssues } = renderPreview(
    template.channel,
    content,
    context,
    alimtalkTemplateText ? { alimtalkTemplateText } : {},
  );
  const issues: { code: string; message: string; severity: 'error' | 'warning' }[] = [
    ...linkIssues,
    ...missingVariables.map((name) => ({
      code: 'missing_variable',
      message: `{{ ${name} }} has no value for this customer; it would be sent empty`,
      severity: 'error' as const,
    })),
    // The one compliance check, with the workspace's sender name and 080 number (issue 13).
    ...checkSendCompliance(
      { channel: template.channel, purpose: template.purpose, content: rendered },
      { senderName: messaging.senderName, optoutLine: messaging.optoutLine },
    ).map(({ code, message, severity, params }) => ({
      code,
      message,
      severity,
      ...(params ? { params } : {}),
    })),
  ];
  if (template.channel === 'alimtalk' && !alimtalkTemplateText) {
    issues.push({
      code: 'alimtalk_template_unknown',
      message: `AlimTalk template ${String(template.content.templateCode)} is not registered in this workspace`,
      severity: 'warning',
    });
  }
  const sms =
    template.channel === 'sms'
      ? (() => {
          const c = classifySms(rendered as { text: string; subject?: string; imageUrl?: string });
          return { ...c, unsupportedChars: [...c.unsupportedChars] };
        })()
      : undefined;
  return {
    rendered: rendered as Record<string, unknown>,
    missingVariables: [...missingVariables],
    ...(sms ? { sms } : {}),
    issues,
  };
};
