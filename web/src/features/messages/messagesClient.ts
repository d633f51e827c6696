import { type MessageListQuery, messagePageSchema } from '@journeyflow/shared/api/messages';
import { api } from '../../api/api';
import { pageQuery } from '../../api/pageQuery';

export const messagesClient = {
  /** One page of the log (200 rows) after `cursor`; the first page when `cursor` is undefined. */
  page: (query: MessageListQuery, cursor: string | undefined, signal?: AbortSignal) =>
    api.get('/api/messages', {
      query: pageQuery({ ...query, limit: 200 }, cursor),
      schema: messagePageSchema,
      signal,
    }),
};
