import {
  alimtalkTemplateSchema,
  messageTypeSchema,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { z } from 'zod';
import { apiRequest } from './apiRequest';

export const pricesResponseSchema = z.record(messageTypeSchema, z.number());

/**
 * The workspace settings other screens read (the editor's cost estimate and compliance check, the
 * publish estimate, the template editor): prices, registered AlimTalk templates and the advertising
 * identity. Settings' own screens add the writes (`settingsClient`).
 */
export const workspaceSettingsApi = {
  prices: (signal?: AbortSignal) =>
    apiRequest('/api/channel-prices', { schema: pricesResponseSchema, signal }),
  alimtalkTemplates: (signal?: AbortSignal) =>
    apiRequest('/api/alimtalk-templates', {
      schema: z.object({ items: z.array(alimtalkTemplateSchema) }),
      signal,
    }),
  messaging: (signal?: AbortSignal) =>
    apiRequest('/api/messaging-settings', { schema: messagingSettingsSchema, signal }),
};
