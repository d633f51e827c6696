import { createRoute } from '@hono/zod-openapi';
import { journeyTemplateListSchema } from '@journeyflow/shared/api/journeyTemplates';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { listJourneyTemplates } from '../services/journeyGallery';

const listRoute = createRoute({
  method: 'get',
  path: '/journey-templates',
  tags: ['journeys'],
  summary:
    'The journey gallery: ready graphs with Korean descriptions; template and segment references blank',
  description: 'Create a draft from one with `POST /api/journeys { name, fromTemplate }`.',
  responses: { 200: jsonContent(journeyTemplateListSchema, 'Journey templates'), ...commonErrorResponses },
});

export const createJourneyTemplateRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...listRoute, middleware: [requireUser(deps)] as const }, (c) =>
    c.json([...listJourneyTemplates()], 200),
  );
