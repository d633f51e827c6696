import {
  alimtalkTemplateSchema,
  channelPriceTableSchema,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { z } from 'zod';
import { api } from './api';

/**
 * The workspace settings other screens read (the editor's cost estimate and compliance check, the
 * publish estimate, the template editor): prices, registered AlimTalk templates and the advertising
 * identity. Settings' own screens add the writes (`settingsClient`).
 */
export const workspaceSettingsApi = {
  prices: (signal?: AbortSignal) =>
    api.get('/api/channel-prices', { schema: channelPriceTableSchema, signal }),
  alimtalkTemplates: (signal?: AbortSignal) =>
    api.get('/api/alimtalk-templates', {
      schema: z.object({ items: z.array(alimtalkTemplateSchema) }),
      signal,
    }),
  messaging: (signal?: AbortSignal) =>
    api.get('/api/messaging-settings', { schema: messagingSettingsSchema, signal }),
};
