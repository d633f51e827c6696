import {
  journeyTemplateListSchema,
  journeyTemplateSchema,
  saveJourneyTemplateRequestSchema,
} from '@journeyflow/shared/api/journeyTemplates';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { created, jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { listJourneyTemplates } from '../services/journeyGallery';
import { saveJourneyAsTemplate } from '../services/workspaceJourneyTemplates';

const route = routeOf('journeys');

const listRoute = route.get(
  '/journey-templates',
  'The journey gallery: the workspace’s own templates, then ready seed journeys with Korean descriptions',
  {
    description:
      'Built-in entries have their template and segment references blank. Create a draft from one with ' +
      '`POST /api/journeys { name, fromTemplate }`.',
    responses: ok(journeyTemplateListSchema, 'Journey templates'),
  },
);

const saveRoute = route.post(
  '/journey-templates',
  'Save a journey’s current draft as a template of the workspace',
  { body: jsonBody(saveJourneyTemplateRequestSchema), responses: created(journeyTemplateSchema, 'Saved') },
);

export const createJourneyTemplateRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi({ ...listRoute, middleware: [signedIn] as const }, async (c) =>
      c.json(await listJourneyTemplates(deps.db.orm, c.get('user').workspaceId), 200),
    )
    .openapi({ ...saveRoute, middleware: [signedIn] as const }, async (c) =>
      c.json(await saveJourneyAsTemplate(deps.db.orm, c.get('user'), c.req.valid('json'), deps.now()), 201),
    );
};
