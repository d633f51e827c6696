import {
  journeyTemplateListSchema,
  journeyTemplateSchema,
  type SaveJourneyTemplateRequest,
} from '@journeyflow/shared/api/journeyTemplates';
import { apiRequest } from '../../api/apiRequest';

/** `GET /api/journey-templates`: the gallery of ready journeys (SPEC §7a). */
export const journeyTemplatesClient = {
  list: (signal?: AbortSignal) =>
    apiRequest('/api/journey-templates', { schema: journeyTemplateListSchema, signal }),
  save: (body: SaveJourneyTemplateRequest) =>
    apiRequest('/api/journey-templates', { method: 'POST', body, schema: journeyTemplateSchema }),
};
