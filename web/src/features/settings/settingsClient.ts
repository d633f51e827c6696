import {
  apiKeyListResponseSchema,
  type CreateApiKeyRequest,
  createApiKeyResponseSchema,
} from '@journeyflow/shared/api/apiKeys';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import {
  type AlimtalkTemplate,
  alimtalkTemplateSchema,
  type ChannelPrices,
  type ChannelSettingInput,
  channelPriceTableSchema,
  channelSettingSchema,
  type MessagingSettings,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { z } from 'zod';
import { api } from '../../api/api';
import { workspaceSettingsApi } from '../../api/workspaceSettingsApi';

const noContent = z.undefined();

/** `/api/channel-settings`, `/api/channel-prices`, `/api/alimtalk-templates`, `/api/messaging-settings`. */
export const settingsClient = {
  ...workspaceSettingsApi,
  listChannels: (signal?: AbortSignal) =>
    api.get('/api/channel-settings', {
      schema: z.object({ items: z.array(channelSettingSchema) }),
      signal,
    }),
  saveChannel: (channel: Channel, body: ChannelSettingInput) =>
    api.put('/api/channel-settings/{channel}', { path: { channel }, body, schema: channelSettingSchema }),
  resetChannel: (channel: Channel) =>
    api.delete('/api/channel-settings/{channel}', { path: { channel }, schema: noContent }),
  savePrices: (body: ChannelPrices) =>
    api.put('/api/channel-prices', { body, schema: channelPriceTableSchema }),
  saveAlimtalkTemplate: ({ code, ...body }: AlimtalkTemplate) =>
    api.put('/api/alimtalk-templates/{code}', {
      path: { code },
      body,
      schema: alimtalkTemplateSchema,
    }),
  deleteAlimtalkTemplate: (code: string) =>
    api.delete('/api/alimtalk-templates/{code}', {
      path: { code },
      schema: noContent,
    }),
  saveMessaging: (body: MessagingSettings) =>
    api.put('/api/messaging-settings', { body, schema: messagingSettingsSchema }),
  apiKeys: (signal?: AbortSignal) => api.get('/api/api-keys', { schema: apiKeyListResponseSchema, signal }),
  createApiKey: (body: CreateApiKeyRequest) =>
    api.post('/api/api-keys', { body, schema: createApiKeyResponseSchema }),
  deleteApiKey: (id: string) => api.delete('/api/api-keys/{id}', { path: { id }, schema: noContent }),
};
