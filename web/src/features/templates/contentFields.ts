import type { Channel } from '@journeyflow/shared/messaging/channelContent';

/** One editable text field of a channel's content. */
export type ContentField = {
  readonly key: string;
  readonly label: string;
  readonly multiline: boolean;
  readonly required: boolean;
  readonly placeholder?: string;
};

const field = (
  key: string,
  label: string,
  multiline = false,
  required = false,
  placeholder?: string,
): ContentField => ({
  key,
  label,
  multiline,
  required,
  ...(placeholder ? { placeholder } : {}),
});

/**
 * The text fields the template editor shows per channel (SPEC §6 shapes). AlimTalk variables and Kakao
 * buttons are edited as lists beside these.
 */
export const contentFields: Readonly<Record<Channel, readonly ContentField[]>> = {
  sms: [
    field('text', 'Text', true, true, '{{ customer.name }}님, …'),
    field('subject', 'Subject (LMS/MMS)'),
    field('imageUrl', 'Image URL (makes it MMS)'),
  ],
  alimtalk: [field('templateCode', 'Registered template code', false, true, 'ORDER_SHIPPED')],
  brandmessage: [field('text', 'Text', true, true, '(광고) …'), field('imageUrl', 'Image URL')],
  push: [
    field('title', 'Title', false, true),
    field('body', 'Body', true, true),
    field('deepLink', 'Deep link', false, false, 'myapp://cart'),
    field('imageUrl', 'Image URL'),
  ],
  inapp: [
    field('title', 'Title', false, true),
    field('body', 'Body', true, true),
    field('imageUrl', 'Image URL'),
    field('ctaLabel', 'Button label'),
    field('ctaUrl', 'Button URL'),
  ],
  email: [
    field('subject', 'Subject', false, true),
    field('html', 'HTML', true, true),
    field('text', 'Plain text', true),
  ],
  webhook: [
    field('url', 'URL', false, true, 'https://example.com/hook'),
    field('body', 'JSON body (Liquid)', true),
  ],
};

/** A new template's content: required text fields empty, AlimTalk with no variables yet. */
export const emptyContent = (channel: Channel): Record<string, unknown> => {
  const content: Record<string, unknown> = {};
  for (const f of contentFields[channel]) if (f.required) content[f.key] = '';
  if (channel === 'alimtalk') content.variables = {};
  return content;
};

/** Drops empty optional fields so the content matches the channel's strict schema. */
export const cleanContent = (channel: Channel, content: Record<string, unknown>): Record<string, unknown> => {
  const cleaned: Record<string, unknown> = {};
  const known = new Map(contentFields[channel].map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(content)) {
    const f = known.get(key);
    if (f && !f.required && (value === '' || value === undefined)) continue;
    if (key === 'buttons' && Array.isArray(value) && value.length === 0) continue;
    cleaned[key] = value;
  }
  return cleaned;
};
