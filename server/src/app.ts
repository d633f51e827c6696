import { OpenAPIHono } from '@hono/zod-openapi';
import { csrfProtection } from './auth/csrfProtection';
import { errorBody } from './errors/errorBody';
import { createErrorHandler } from './errors/handleError';
import type { AppEnv } from './http/appEnv';
import { bodyLimits } from './http/bodyLimits';
import { closeAfterRejection } from './http/closeAfterRejection';
import { journeyNowHeader } from './http/journeyNowHeader';
import { jsonBodyGuard } from './http/jsonBodyGuard';
import { jsonDepthLimit } from './http/jsonDepthLimit';
import { OPENAPI_DOCUMENT_CONFIG } from './http/openApiDocumentConfig';
import { securityHeaders } from './http/securityHeaders';
import { validationHook } from './http/validationHook';
import { mountWebApp } from './http/webApp';
import { createApiKeyRoutes } from './routes/apiKeys';
import { createAuditRoutes } from './routes/audit';
import { createAuthRoutes } from './routes/auth';
import { createCatalogRoutes } from './routes/catalog';
import { createChannelSettingsRoutes } from './routes/channelSettings';
import { createCustomerRoutes } from './routes/customers';
import { createCustomerReadRoutes } from './routes/customersRead';
import { createEventRoutes } from './routes/events';
import { createExportRoutes } from './routes/exports';
import { createGradeRoutes } from './routes/grades';
import { createHealthRoutes } from './routes/health';
import { createInappRoutes } from './routes/inapp';
import { createInsightRoutes } from './routes/insights';
import { createInvitationRoutes } from './routes/invitations';
import { createJourneyEnrollRoutes } from './routes/journeyEnroll';
import { createJourneyReportRoutes } from './routes/journeyReport';
import { createJourneyRoutes } from './routes/journeys';
import { createJourneyTemplateRoutes } from './routes/journeyTemplates';
import { createJourneyTestRoutes } from './routes/journeyTest';
import { createMessageRoutes } from './routes/messages';
import { createOptoutRoutes } from './routes/optouts';
import { createRetentionRoutes } from './routes/retention';
import { createRunRoutes } from './routes/runs';
import { createSegmentChangeRoutes } from './routes/segmentChanges';
import { createSegmentIngestRoutes } from './routes/segmentIngest';
import { createSegmentRoutes } from './routes/segments';
import { createShortLinkRoutes } from './routes/shortLinks';
import { createStatsRoutes } from './routes/stats';
import { createTemplateRoutes } from './routes/templates';
import { createTestRecipientRoutes } from './routes/testRecipients';
import { createTestSendRoutes } from './routes/testSends';
import { createTraceRoutes } from './routes/trace';
import { createUserRoutes } from './routes/users';
import { createWorkspaceRoutes } from './routes/workspaces';
import type { ServerDeps } from './serverDeps';

export type CreateAppOptions = {
  /** Directory of the built web app (`web/dist`); unset → API only, other paths get the build hint page. */
  readonly webDistDir?: string | undefined;
  /** Load recent short links into the redirect cache at start (the started server; tests leave it off). */
  readonly warmShortLinks?: boolean;
};

/**
 * The whole HTTP surface: one sub-app per resource under `/api`, one validation hook, one error mapper,
 * security headers, body limits (and `Connection: close` after a refused body), CSRF protection, the OpenAPI document, and the web app for everything else.
 */
export const createApp = (deps: ServerDeps, options: CreateAppOptions = {}) => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404));

  app.use('*', closeAfterRejection());
  app.use('*', securityHeaders());
  app.use('/api/*', bodyLimits());
  app.use('/api/*', csrfProtection());
  // Depth is measured on the text before anything parses it; then parsed bodies are checked for text
  // PostgreSQL cannot store.
  app.use('/api/*', jsonDepthLimit());
  app.use('/api/*', jsonBodyGuard());
  app.use('/api/*', journeyNowHeader(deps.engine.ports.clock));

  const api = app
    .route('/api', createHealthRoutes())
    .route('/api', createAuthRoutes(deps))
    .route('/api', createUserRoutes(deps))
    .route('/api', createInvitationRoutes(deps))
    .route('/api', createTestRecipientRoutes(deps))
    .route('/api', createTestSendRoutes(deps))
    .route('/api', createWorkspaceRoutes(deps))
    .route('/api', createRetentionRoutes(deps))
    .route('/api', createApiKeyRoutes(deps))
    .route('/api', createJourneyEnrollRoutes(deps))
    .route('/api', createJourneyRoutes(deps))
    .route('/api', createTemplateRoutes(deps))
    .route('/api', createMessageRoutes(deps))
    .route('/api', createExportRoutes(deps))
    .route('/api', createJourneyTemplateRoutes(deps))
    .route('/api', createOptoutRoutes(deps))
    .route('/api', createInappRoutes(deps, deps.channels))
    .route('/api', createChannelSettingsRoutes(deps, deps.channels))
    .route('/api', createEventRoutes(deps))
    .route('/api', createCustomerRoutes(deps))
    .route('/api', createTraceRoutes(deps))
    .route('/api', createCatalogRoutes(deps))
    .route('/api', createRunRoutes(deps))
    .route('/api', createStatsRoutes(deps))
    .route('/api', createJourneyReportRoutes(deps))
    .route('/api', createJourneyTestRoutes(deps))
    .route('/api', createInsightRoutes(deps))
    .route('/api', createSegmentRoutes(deps))
    .route('/api', createCustomerReadRoutes(deps))
    .route('/api', createGradeRoutes(deps))
    .route('/api', createSegmentIngestRoutes(deps))
    .route('/api', createAuditRoutes(deps))
    .route('/api', createSegmentChangeRoutes(deps));

  app.doc31('/api/openapi.json', OPENAPI_DOCUMENT_CONFIG);

  // Tracked short links live on the product's own domain, outside `/api` (SPEC §7a).
  app.route('/', createShortLinkRoutes(deps, { warmCache: options.warmShortLinks ?? false }));
  mountWebApp(app, options.webDistDir);
  return api;
};

/** The app's route types (the web client types its calls from the OpenAPI document instead: `web/src/api/openapi.gen.ts`). */
export type AppType = ReturnType<typeof createApp>;
