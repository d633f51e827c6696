import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  acceptInvitationRequestSchema,
  acceptInvitationResponseSchema,
  createInvitationRequestSchema,
  invitationLinkSchema,
  invitationListResponseSchema,
  invitationPreviewSchema,
  invitationTokenParamSchema,
} from '@journeyflow/shared/api/invitations';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { conflictResponse, created, goneResponse, jsonBody, noContent, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import {
  acceptInvitation,
  createInvitation,
  createPasswordResetLink,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from '../services/team/invitationService';
import { createLinkMailer } from '../services/team/linkMailer';

const route = routeOf('users');

const createInvitationRoute = route.post(
  '/invitations',
  'Invite a colleague into your workspace (admin). The link is in this answer only; it is also mailed when the email channel is SMTP',
  {
    body: jsonBody(createInvitationRequestSchema),
    responses: created(invitationLinkSchema, 'Invited'),
    errors: conflictResponse,
  },
);

const listInvitationsRoute = route.get(
  '/invitations',
  "The workspace's invitations and their status (admin)",
  { responses: ok(invitationListResponseSchema, 'Invitations') },
);

const revokeInvitationRoute = route.delete('/invitations/{id}', 'Revoke an unused invitation (admin)', {
  params: idParamSchema,
  responses: noContent('Revoked'),
});

const previewRoute = route.get(
  '/invitations/{token}',
  'What an invitation or reset link is for (public: the accept page)',
  {
    params: invitationTokenParamSchema,
    responses: ok(invitationPreviewSchema, 'Invitation'),
    errors: goneResponse,
  },
);

const acceptRoute = route.post(
  '/invitations/{token}/accept',
  'Use an invitation (creates the user in the inviting workspace) or a reset link (sets the password, ends sessions); public, once',
  {
    params: invitationTokenParamSchema,
    body: jsonBody(acceptInvitationRequestSchema),
    responses: created(acceptInvitationResponseSchema, 'Accepted'),
    errors: { ...conflictResponse, ...goneResponse },
  },
);

const resetLinkRoute = route.post(
  '/users/{id}/password-reset',
  'A one-time link that sets the user’s password (admin); shown once',
  { params: idParamSchema, responses: created(invitationLinkSchema, 'Link') },
);

/** The origin links are built on: where the admin reached the server. */
const originOf = (url: string) => new URL(url).origin;

export const createInvitationRoutes = (deps: ServerDeps) => {
  const admin = requireUser(deps, 'admin');
  const mailer = createLinkMailer(deps.channels.registry);
  return createRouter()
    .openapi({ ...createInvitationRoute, middleware: admin }, async (c) =>
      c.json(
        await createInvitation(
          deps.db.orm,
          c.get('user'),
          c.req.valid('json'),
          originOf(c.req.url),
          deps.now(),
          mailer,
        ),
        201,
      ),
    )
    .openapi({ ...listInvitationsRoute, middleware: admin }, async (c) =>
      c.json({ items: await listInvitations(deps.db.orm, c.get('user'), deps.now()) }, 200),
    )
    .openapi({ ...revokeInvitationRoute, middleware: admin }, async (c) => {
      await revokeInvitation(deps.db.orm, c.get('user'), c.req.valid('param').id, deps.now());
      return c.body(null, 204);
    })
    .openapi(previewRoute, async (c) =>
      c.json(await previewInvitation(deps.db.orm, c.req.valid('param').token, deps.now()), 200),
    )
    .openapi(acceptRoute, async (c) =>
      c.json(
        await acceptInvitation(deps.db.orm, c.req.valid('param').token, c.req.valid('json'), deps.now()),
        201,
      ),
    )
    .openapi({ ...resetLinkRoute, middleware: admin }, async (c) =>
      c.json(
        await createPasswordResetLink(
          deps.db.orm,
          c.get('user'),
          c.req.valid('param').id,
          originOf(c.req.url),
          deps.now(),
          mailer,
        ),
        201,
      ),
    );
};
