import { type GradeTiers, gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { apiRequest } from '../../api/apiRequest';

export const gradesClient = {
  get: (signal?: AbortSignal) => apiRequest('/api/grades', { schema: gradeTiersSchema, signal }),
  save: (body: GradeTiers) => apiRequest('/api/grades', { method: 'PUT', body, schema: gradeTiersSchema }),
};
