import { z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  createTemplateRequestSchema,
  templateListResponseSchema,
  templatePreviewRequestSchema,
  templatePreviewResponseSchema,
  templateSchema,
  templateVersionListResponseSchema,
  updateTemplateRequestSchema,
} from '@journeyflow/shared/api/templates';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import { requireUser } from '../auth/authMiddleware';
import { assertTemplateCompliant } from '../channels/assertTemplateCompliant';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  listTemplateVersions,
  previewTemplate,
  updateTemplate,
} from '../channels/templateService';
import { createRouter } from '../http/createRouter';
import { conflictResponse, created, jsonBody, noContent, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';

const route = routeOf('templates');

const listRoute = route.get('/templates', 'Message templates of the workspace', {
  query: z.object({ channel: channelSchema.optional() }),
  responses: ok(templateListResponseSchema, 'Templates'),
});

const createTemplateRoute = route.post(
  '/templates',
  'Create a template `{ name, channel, purpose, content }`',
  { body: jsonBody(createTemplateRequestSchema), responses: created(templateSchema, 'Created') },
);

const getRoute = route.get('/templates/{id}', 'One template', {
  params: idParamSchema,
  responses: ok(templateSchema, 'Template'),
});

const putRoute = route.put('/templates/{id}', 'Replace a template', {
  params: idParamSchema,
  body: jsonBody(updateTemplateRequestSchema),
  responses: ok(templateSchema, 'Updated'),
});

const deleteRoute = route.delete('/templates/{id}', 'Delete a template no live journey sends', {
  params: idParamSchema,
  responses: noContent('Deleted'),
  errors: conflictResponse,
});

const previewRoute = route.post(
  '/templates/{id}/preview',
  'Render for a customer (`externalId`), made-up attributes (`customer`) or a sample; missing variables are errors',
  {
    params: idParamSchema,
    body: jsonBody(templatePreviewRequestSchema, false),
    responses: ok(templatePreviewResponseSchema, 'Preview'),
  },
);

const versionsRoute = route.get('/templates/{id}/versions', 'Every saved state of a template, newest first', {
  params: idParamSchema,
  responses: ok(templateVersionListResponseSchema, 'Versions, newest first, with who saved each'),
});

/** Templates (SPEC §6/§7): any signed-in role may manage them. */
export const createTemplateRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/templates', requireUser(deps));
  router.use('/templates/*', requireUser(deps));
  const sql = deps.db.sql;
  return router
    .openapi(listRoute, async (c) =>
      c.json(
        { items: await listTemplates(sql, c.get('user').workspaceId, c.req.valid('query').channel) },
        200,
      ),
    )
    .openapi(createTemplateRoute, async (c) => {
      const user = c.get('user');
      await assertTemplateCompliant(sql, user.workspaceId, c.req.valid('json'));
      return c.json(await createTemplate(sql, user.workspaceId, c.req.valid('json'), user.userId), 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await getTemplate(sql, c.get('user').workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(putRoute, async (c) => {
      const user = c.get('user');
      await assertTemplateCompliant(sql, user.workspaceId, c.req.valid('json'));
      const updated = await updateTemplate(
        sql,
        user.workspaceId,
        c.req.valid('param').id,
        c.req.valid('json'),
        user.userId,
      );
      return c.json(updated, 200);
    })
    .openapi(versionsRoute, async (c) =>
      c.json(
        { items: await listTemplateVersions(sql, c.get('user').workspaceId, c.req.valid('param').id) },
        200,
      ),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteTemplate(sql, c.get('user').workspaceId, c.req.valid('param').id, c.get('user').userId);
      return c.body(null, 204);
    })
    .openapi(previewRoute, async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as unknown;
      const request = templatePreviewRequestSchema.parse(body ?? {});
      return c.json(
        await previewTemplate(sql, c.get('user').workspaceId, c.req.valid('param').id, request, deps.now()),
        200,
      );
    });
};
