import { type MessageListQuery, messagePageSchema } from '@journeyflow/shared/api/messages';
import { apiRequest } from '../../api/apiRequest';
import { pageSearchParams } from '../../api/pageQuery';

export const messagesClient = {
  /** One page of the log (200 rows) after `cursor`; the first page when `cursor` is undefined. */
  page: (query: MessageListQuery, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest(`/api/messages?${pageSearchParams({ ...query, limit: 200 }, cursor)}`, {
      schema: messagePageSchema,
      signal,
    }),
};
