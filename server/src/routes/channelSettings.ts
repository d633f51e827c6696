import { z } from '@hono/zod-openapi';
import { reportDeliveryStatus } from '@journeyflow/engine/delivery/reportDeliveryStatus';
import { resumeOnOutcome } from '@journeyflow/engine/delivery/resumeOnOutcome';
import { randomIds } from '@journeyflow/engine/ports/ids';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { AuditEntityType } from '@journeyflow/shared/api/audit';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import {
  alimtalkTemplateSchema,
  channelPricesSchema,
  channelPriceTableSchema,
  channelSettingInputSchema,
  channelSettingSchema,
  deliveryStatusReportSchema,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { requireApiKey, requireUser } from '../auth/authMiddleware';
import type { UserPrincipal } from '../auth/principal';
import type { ChannelServices } from '../channels/channelServices';
import {
  deleteAlimtalkTemplate,
  getChannelPrices,
  getMessagingSettings,
  listAlimtalkTemplates,
  putAlimtalkTemplate,
  putChannelPrices,
  putMessagingSettings,
} from '../channels/workspaceMessagingService';
import { NotFoundError } from '../errors/domainErrors';
import { createRouter } from '../http/createRouter';
import { jsonBody, noContent, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { assertRole } from '../services/permissions';
import { recordActorAudit } from '../services/recordAudit';
import { returnJourneysOnTemplateChange } from '../services/returnJourneysOnTemplateChange';

const channelParam = z.object({ channel: channelSchema });
const codeParam = z.object({ code: z.string().min(1) });

const route = routeOf('channel-settings');

const listSettingsRoute = route.get(
  '/channel-settings',
  'Provider per channel (admin); secrets are never returned',
  { responses: ok(z.object({ items: z.array(channelSettingSchema) }), 'Settings') },
);
const putSettingRoute = route.put(
  '/channel-settings/{channel}',
  'Configure a channel provider; omitted secret fields keep their value',
  {
    params: channelParam,
    body: jsonBody(channelSettingInputSchema),
    responses: ok(channelSettingSchema, 'Saved'),
  },
);
const deleteSettingRoute = route.delete(
  '/channel-settings/{channel}',
  'Back to the sandbox for this channel',
  { params: channelParam, responses: noContent('Removed') },
);
const getMessagingRoute = route.get('/messaging-settings', 'Sender name and free 080 opt-out line for ads', {
  responses: ok(messagingSettingsSchema, 'Settings'),
});
const putMessagingRoute = route.put('/messaging-settings', 'Set sender name and 080 opt-out line (admin)', {
  body: jsonBody(messagingSettingsSchema),
  responses: ok(messagingSettingsSchema, 'Saved'),
});
const getPricesRoute = route.get('/channel-prices', 'Price per message type in KRW (defaults filled in)', {
  responses: ok(channelPriceTableSchema, 'Prices'),
});
const putPricesRoute = route.put('/channel-prices', 'Set prices per message type (admin)', {
  body: jsonBody(channelPricesSchema),
  responses: ok(channelPriceTableSchema, 'Prices'),
});
const listAlimtalkRoute = route.get('/alimtalk-templates', 'AlimTalk templates registered with Kakao', {
  responses: ok(z.object({ items: z.array(alimtalkTemplateSchema) }), 'Templates'),
});
const putAlimtalkRoute = route.put(
  '/alimtalk-templates/{code}',
  'Record a registered AlimTalk template (admin)',
  {
    params: codeParam,
    body: jsonBody(alimtalkTemplateSchema.omit({ code: true })),
    responses: ok(alimtalkTemplateSchema, 'Saved'),
  },
);
const deleteAlimtalkRoute = route.delete(
  '/alimtalk-templates/{code}',
  'Remove an AlimTalk template (admin)',
  { params: codeParam, responses: noContent('Removed') },
);
const deliveryStatusRoute = route.post(
  '/delivery-status',
  'Provider status callback: delivered / failed / clicked (API key with `delivery:report`; no session)',
  {
    body: jsonBody(deliveryStatusReportSchema),
    responses: ok(
      z.object({ result: z.enum(['updated', 'fellBack', 'unchanged']), outboxId: z.string().optional() }),
      'Applied (repeats are harmless)',
    ),
  },
);

/** A workspace-wide settings document that an admin replaces whole, audited before and after. */
type WorkspaceSettingsDocument<Input, Settings> = {
  readonly entityType: AuditEntityType;
  /** What a non-admin is told they may not do. */
  readonly change: string;
  readonly read: (sql: SqlClient, workspaceId: string) => Promise<Settings>;
  readonly write: (sql: SqlClient, workspaceId: string, input: Input) => Promise<Settings>;
};

const messagingSettingsDocument = {
  entityType: 'messaging_settings',
  change: 'change messaging settings',
  read: getMessagingSettings,
  write: putMessagingSettings,
} as const;

const pricesDocument = {
  entityType: 'prices',
  change: 'change prices',
  read: getChannelPrices,
  write: putChannelPrices,
} as const;

/**
 * Channel configuration (SPEC §1: admins manage channel settings; everyone signed in may read the
 * non-secret parts needed for editing and cost estimates) and the providers' delivery status callback.
 */
export const createChannelSettingsRoutes = (deps: ServerDeps, channels: ChannelServices) => {
  const sql = deps.db.sql;
  const router = createRouter();
  const signedIn = requireUser(deps);
  const audit = (
    user: UserPrincipal,
    entityType: AuditEntityType,
    entityId: string,
    action: 'created' | 'updated' | 'deleted',
    before: unknown,
    after: unknown,
  ) =>
    recordActorAudit(sql, user, {
      action,
      entityType,
      entityId,
      before: before ?? null,
      after: after ?? null,
      at: deps.now(),
    });
  const replaceWorkspaceSettings = async <Input, Settings>(
    user: UserPrincipal,
    document: WorkspaceSettingsDocument<Input, Settings>,
    input: Input,
  ) => {
    assertRole(user, 'admin', document.change);
    const before = await document.read(sql, user.workspaceId);
    const saved = await document.write(sql, user.workspaceId, input);
    await audit(user, document.entityType, user.workspaceId, 'updated', before, saved);
    return saved;
  };
  for (const path of [
    '/channel-settings',
    '/channel-settings/*',
    '/messaging-settings',
    '/channel-prices',
    '/alimtalk-templates',
    '/alimtalk-templates/*',
  ]) {
    router.use(path, signedIn);
  }
  router.use('/delivery-status', requireApiKey(deps, 'delivery:report'));
  return router
    .openapi(listSettingsRoute, async (c) => {
      assertRole(c.get('user'), 'admin', 'view channel settings');
      return c.json({ items: await channels.settings.list(c.get('user').workspaceId) }, 200);
    })
    .openapi(putSettingRoute, async (c) => {
      const user = c.get('user');
      assertRole(user, 'admin', 'change channel settings');
      const channel = c.req.valid('param').channel;
      const before = (await channels.settings.list(user.workspaceId)).find((s) => s.channel === channel);
      const saved = await channels.settings.put(user.workspaceId, channel, c.req.valid('json'), user.userId);
      channels.registry.invalidate(user.workspaceId);
      await audit(user, 'channel_settings', channel, 'updated', before, saved);
      return c.json(saved, 200);
    })
    .openapi(deleteSettingRoute, async (c) => {
      const user = c.get('user');
      assertRole(user, 'admin', 'change channel settings');
      const channel = c.req.valid('param').channel;
      const before = (await channels.settings.list(user.workspaceId)).find((s) => s.channel === channel);
      await channels.settings.remove(user.workspaceId, channel);
      channels.registry.invalidate(user.workspaceId);
      await audit(user, 'channel_settings', channel, 'deleted', before, undefined);
      return c.body(null, 204);
    })
    .openapi(getMessagingRoute, async (c) =>
      c.json(await getMessagingSettings(sql, c.get('user').workspaceId), 200),
    )
    .openapi(putMessagingRoute, async (c) =>
      c.json(
        await replaceWorkspaceSettings(c.get('user'), messagingSettingsDocument, c.req.valid('json')),
        200,
      ),
    )
    .openapi(getPricesRoute, async (c) => c.json(await getChannelPrices(sql, c.get('user').workspaceId), 200))
    .openapi(putPricesRoute, async (c) =>
      c.json(await replaceWorkspaceSettings(c.get('user'), pricesDocument, c.req.valid('json')), 200),
    )
    .openapi(listAlimtalkRoute, async (c) =>
      c.json({ items: await listAlimtalkTemplates(sql, c.get('user').workspaceId) }, 200),
    )
    .openapi(putAlimtalkRoute, async (c) => {
      assertRole(c.get('user'), 'admin', 'register AlimTalk templates');
      const template = alimtalkTemplateSchema.parse({
        ...c.req.valid('json'),
        code: c.req.valid('param').code,
      });
      const user = c.get('user');
      const before = (await listAlimtalkTemplates(sql, user.workspaceId)).find(
        (t) => t.code === template.code,
      );
      const saved = await sql.transaction(async (tx) => {
        const result = await putAlimtalkTemplate(tx, user.workspaceId, template);
        await returnJourneysOnTemplateChange(tx, {
          workspaceId: user.workspaceId,
          actorId: user.userId,
          kind: 'alimtalk',
          key: template.code,
          name: template.name,
          now: deps.now(),
        });
        return result;
      });
      await audit(user, 'alimtalk_template', template.code, before ? 'updated' : 'created', before, saved);
      return c.json(saved, 200);
    })
    .openapi(deleteAlimtalkRoute, async (c) => {
      const user = c.get('user');
      assertRole(user, 'admin', 'remove AlimTalk templates');
      const code = c.req.valid('param').code;
      const before = (await listAlimtalkTemplates(sql, user.workspaceId)).find((t) => t.code === code);
      await deleteAlimtalkTemplate(sql, user.workspaceId, code);
      await audit(user, 'alimtalk_template', code, 'deleted', before, undefined);
      return c.body(null, 204);
    })
    .openapi(deliveryStatusRoute, async (c) => {
      const report = c.req.valid('json');
      const result = await reportDeliveryStatus(
        {
          db: sql,
          clock: { now: deps.now },
          ids: randomIds,
          onOutcome: resumeOnOutcome(deps.engine),
          ...(channels.trackEvent ? { trackEvent: channels.trackEvent } : {}),
        },
        { ...report, workspaceId: c.get('principal').workspaceId },
      );
      if (result.result === 'not_found') throw new NotFoundError('Message');
      return c.json(
        { result: result.result, ...(result.outboxId ? { outboxId: result.outboxId } : {}) },
        200,
      );
    });
};
