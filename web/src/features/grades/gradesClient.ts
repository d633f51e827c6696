import { type GradeTiers, gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { api } from '../../api/api';

export const gradesClient = {
  get: (signal?: AbortSignal) => api.get('/api/grades', { schema: gradeTiersSchema, signal }),
  save: (body: GradeTiers) => api.put('/api/grades', { body, schema: gradeTiersSchema }),
};
