import { type MessageListQuery, messageListResponseSchema } from '@journeyflow/shared/api/messages';
import { apiRequest } from '../../api/apiRequest';

export const messagesClient = {
  list: (query: MessageListQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params.set(key, String(value));
    const qs = params.toString();
    return apiRequest(`/api/messages${qs ? `?${qs}` : ''}`, { schema: messageListResponseSchema, signal });
  },
};
