import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { ComplianceContext } from '@journeyflow/shared/compliance/checkSendCompliance';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { getMessagingSettings } from '../channels/workspaceMessagingService';

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * What the compliance check needs to know about a workspace (issue 13): its saved templates (so a send
 * step by `templateId` is checked like inline content), its registered AlimTalk templates and its
 * advertising identity (sender name, 080 opt-out line). Read outside any transaction that is open on
 * the same PGlite connection.
 */
export const loadComplianceContext = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<ComplianceContext> => {
  const [templates, alimtalk, messaging] = await Promise.all([
    sql.query<{ id: string; name: string; channel: string; purpose: string; content: unknown }>(
      'select id, name, channel, purpose, content from templates where workspace_id = $1',
      [workspaceId],
    ),
    sql.query<{ code: string; name: string; body: string }>(
      'select code, name, body from alimtalk_templates where workspace_id = $1',
      [workspaceId],
    ),
    getMessagingSettings(sql, workspaceId),
  ]);
  return {
    templates: templates.map((t) => ({
      id: t.id,
      name: t.name,
      channel: t.channel as Channel,
      purpose: t.purpose as MessagePurpose,
      content: json(t.content),
    })),
    alimtalkTemplates: alimtalk.map((t) => ({ code: t.code, name: t.name, body: t.body })),
    senderName: messaging.senderName,
    optoutLine: messaging.optoutLine,
  };
};
