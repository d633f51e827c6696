import {
  journeyTemplateListSchema,
  journeyTemplateSchema,
  type SaveJourneyTemplateRequest,
} from '@journeyflow/shared/api/journeyTemplates';
import { api } from '../../api/api';

/** `GET /api/journey-templates`: the gallery of ready journeys (SPEC §7a). */
export const journeyTemplatesClient = {
  list: (signal?: AbortSignal) =>
    api.get('/api/journey-templates', { schema: journeyTemplateListSchema, signal }),
  save: (body: SaveJourneyTemplateRequest) =>
    api.post('/api/journey-templates', { body, schema: journeyTemplateSchema }),
};
