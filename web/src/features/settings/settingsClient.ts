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
  channelSettingSchema,
  type MessagingSettings,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { z } from 'zod';
import { apiRequest } from '../../api/apiRequest';
import { pricesResponseSchema, workspaceSettingsApi } from '../../api/workspaceSettingsApi';

const noContent = z.undefined();

/** `/api/channel-settings`, `/api/channel-prices`, `/api/alimtalk-templates`, `/api/messaging-settings`. */
export const settingsClient = {
  ...workspaceSettingsApi,
  listChannels: (signal?: AbortSignal) =>
    apiRequest('/api/channel-settings', {
      schema: z.object({ items: z.array(channelSettingSchema) }),
      signal,
    }),
  saveChannel: (channel: Channel, body: ChannelSettingInput) =>
    apiRequest(`/api/channel-settings/${channel}`, { method: 'PUT', body, schema: channelSettingSchema }),
  resetChannel: (channel: Channel) =>
    apiRequest(`/api/channel-settings/${channel}`, { method: 'DELETE', schema: noContent }),
  savePrices: (body: ChannelPrices) =>
    apiRequest('/api/channel-prices', { method: 'PUT', body, schema: pricesResponseSchema }),
  saveAlimtalkTemplate: ({ code, ...body }: AlimtalkTemplate) =>
    apiRequest(`/api/alimtalk-templates/${encodeURIComponent(code)}`, {
      method: 'PUT',
      body,
      schema: alimtalkTemplateSchema,
    }),
  deleteAlimtalkTemplate: (code: string) =>
    apiRequest(`/api/alimtalk-templates/${encodeURIComponent(code)}`, {
      method: 'DELETE',
      schema: noContent,
    }),
  saveMessaging: (body: MessagingSettings) =>
    apiRequest('/api/messaging-settings', { method: 'PUT', body, schema: messagingSettingsSchema }),
  apiKeys: (signal?: AbortSignal) =>
    apiRequest('/api/api-keys', { schema: apiKeyListResponseSchema, signal }),
  createApiKey: (body: CreateApiKeyRequest) =>
    apiRequest('/api/api-keys', { method: 'POST', body, schema: createApiKeyResponseSchema }),
  deleteApiKey: (id: string) =>
    apiRequest(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE', schema: noContent }),
};
