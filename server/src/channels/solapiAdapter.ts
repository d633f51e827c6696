import type { ChannelAdapter, DeliveryResult, OutboundMessage } from '@journeyflow/engine/ports/channels';
import type {
  AlimtalkContent,
  BrandMessageContent,
  KakaoButton,
  SmsContent,
} from '@journeyflow/shared/messaging/channelContent';
import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import type { OutboundClient } from '../http/outbound/outboundClient';
import { httpFailure, networkFailure } from './httpFailure';
import type { SolapiConfig } from './providerConfig';
import { solapiAuthorization } from './solapiAuthorization';
import { ImageUploadError, uploadMmsImage } from './solapiImageUpload';

/** One message of `POST /messages/v4/send-many/detail`. */
export type SolapiMessage = {
  readonly to: string;
  readonly from: string;
  readonly type: 'SMS' | 'LMS' | 'MMS' | 'ATA' | 'BMS_TEXT' | 'BMS_IMAGE';
  readonly text?: string;
  readonly subject?: string;
  /** MMS: the image as given; replaced by `imageId` (an uploaded file) before sending. */
  readonly imageUrl?: string;
  readonly imageId?: string;
  readonly kakaoOptions?: {
    readonly pfId: string;
    readonly templateId?: string;
    readonly variables?: Record<string, string>;
    readonly buttons?: readonly SolapiButton[];
    /** We run our own SMS fallback (with its own text), so the provider's automatic one stays off. */
    readonly disableSms: true;
    readonly imageUrl?: string;
    /** Brand Message audience: `M` = channel friends plus non-friends with marketing consent. */
    readonly targeting?: 'M' | 'I';
  };
  readonly customFields: { readonly idempotencyKey: string; readonly outboxId: string };
};

export type SolapiButton = {
  readonly buttonType: 'WL';
  readonly buttonName: string;
  readonly linkMo?: string;
  readonly linkPc?: string;
};

export type SolapiSendResponse = {
  readonly groupInfo?: { readonly groupId?: string };
  readonly messageList?: readonly { readonly messageId: string; readonly statusCode?: string }[];
  readonly failedMessageList?: readonly { readonly statusCode: string; readonly statusMessage: string }[];
};

/** Provider status codes that a retry can fix (busy carrier / provider queue). Others are final. */
const RETRYABLE_CODES: ReadonlySet<string> = new Set(['3000', '3001', '4000']);

const toButtons = (buttons: readonly KakaoButton[] | undefined): SolapiButton[] | undefined =>
  buttons?.map((b) => ({
    buttonType: 'WL',
    buttonName: b.name,
    ...(b.url ? { linkMo: b.url, linkPc: b.url } : {}),
  }));

const requireChannelId = (config: SolapiConfig): string => {
  if (!config.kakaoChannelId) throw new Error('Kakao channel id (pfId) is not configured for this workspace');
  return config.kakaoChannelId;
};

/** Maps one of our messages to Solapi's message JSON. */
export const toSolapiMessage = (message: OutboundMessage, config: SolapiConfig): SolapiMessage => {
  const to = (message.to.phone ?? '').replace(/\D/g, '');
  const base = {
    to,
    from: config.senderNumber.replace(/\D/g, ''),
    customFields: { idempotencyKey: message.idempotencyKey, outboxId: message.id },
  };
  switch (message.channel) {
    case 'sms': {
      const content = message.content as SmsContent;
      const { type } = classifySms(content);
      return {
        ...base,
        type,
        text: content.text,
        ...(type !== 'SMS' && content.subject ? { subject: content.subject } : {}),
        ...(type === 'MMS' && content.imageUrl ? { imageUrl: content.imageUrl } : {}),
      };
    }
    case 'alimtalk': {
      const content = message.content as AlimtalkContent;
      const buttons = toButtons(content.buttons);
      return {
        ...base,
        type: 'ATA',
        kakaoOptions: {
          pfId: requireChannelId(config),
          templateId: content.templateCode,
          variables: Object.fromEntries(
            Object.entries(content.variables ?? {}).map(([k, v]) => [`#{${k}}`, v]),
          ),
          ...(buttons ? { buttons } : {}),
          disableSms: true,
        },
      };
    }
    case 'brandmessage': {
      const content = message.content as BrandMessageContent;
      const buttons = toButtons(content.buttons);
      return {
        ...base,
        type: content.imageUrl ? 'BMS_IMAGE' : 'BMS_TEXT',
        text: content.text,
        kakaoOptions: {
          pfId: requireChannelId(config),
          targeting: 'M',
          ...(content.imageUrl ? { imageUrl: content.imageUrl } : {}),
          ...(buttons ? { buttons } : {}),
          disableSms: true,
        },
      };
    }
    default:
      throw new Error(`The Solapi adapter cannot send ${message.channel}`);
  }
};

/** Reads Solapi's answer: one message in, so one entry in `messageList` or `failedMessageList`. */
const toResult = (body: SolapiSendResponse): DeliveryResult => {
  const failed = body.failedMessageList?.[0];
  if (failed) {
    return {
      status: 'failed',
      retryable: RETRYABLE_CODES.has(failed.statusCode),
      code: failed.statusCode,
      error: failed.statusMessage,
    };
  }
  const sent = body.messageList?.[0];
  if (!sent) return { status: 'failed', retryable: true, error: 'empty response from provider' };
  return { status: 'sent', providerMessageId: sent.messageId };
};

/**
 * SMS/LMS/MMS, AlimTalk and Brand Message through a Solapi-style HTTP API. An MMS image is uploaded first
 * (`uploadMmsImage`) and sent by file id.
 */
export const createSolapiAdapter = (config: SolapiConfig, outbound: OutboundClient): ChannelAdapter => ({
  provider: 'solapi',
  channels: ['sms', 'alimtalk', 'brandmessage'],
  ...(config.ratePerSecond ? { ratePerSecond: config.ratePerSecond } : {}),
  async send(message) {
    let payload: SolapiMessage;
    try {
      payload = toSolapiMessage(message, config);
    } catch (error) {
      return {
        status: 'failed',
        retryable: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    if (payload.type === 'MMS' && payload.imageUrl) {
      try {
        const { imageUrl, ...rest } = payload;
        payload = { ...rest, imageId: await uploadMmsImage(config, imageUrl, outbound) };
      } catch (error) {
        if (error instanceof ImageUploadError)
          return {
            status: 'failed',
            retryable: error.retryable,
            error: `MMS image: ${error.message}`,
            ...(error.code ? { code: error.code } : {}),
          };
        return networkFailure(error);
      }
    }
    try {
      const response = await outbound.request(new URL('/messages/v4/send-many/detail', config.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: solapiAuthorization(config.apiKey, config.apiSecret),
          'idempotency-key': message.idempotencyKey,
        },
        body: JSON.stringify({ messages: [payload] }),
        timeoutMs: 15_000,
      });
      const text = response.text();
      if (!response.ok) return httpFailure(response.status, text || `status ${response.status}`);
      return toResult(JSON.parse(text) as SolapiSendResponse);
    } catch (error) {
      return networkFailure(error);
    }
  },
});
