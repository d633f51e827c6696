import type { Message } from '@journeyflow/shared/api/messages';
import { alimtalkSegments, alimtalkText } from '../previews/alimtalkSegments';

type RegisteredBody = { readonly code: string; readonly body: string };

/** One line describing what was (or would have been) sent, for the messages log table. */
export const summarizeRendered = (
  message: Pick<Message, 'channel' | 'rendered'>,
  /** The registered AlimTalk templates: with them an AlimTalk reads as its body, values filled in. */
  alimtalkRegistry: readonly RegisteredBody[] = [],
): string => {
  const r = message.rendered;
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
  switch (message.channel) {
    case 'sms':
      return [r.type ? `[${String(r.type)}]` : '', text('subject'), text('text')].filter(Boolean).join(' ');
    case 'alimtalk': {
      if (text('text')) return text('text');
      const registered = alimtalkRegistry.find((template) => template.code === text('templateCode'));
      const variables = (r.variables ?? {}) as Record<string, unknown>;
      return registered
        ? alimtalkText(alimtalkSegments(registered.body, variables))
        : `${text('templateCode')} ${JSON.stringify(variables)}`;
    }
    case 'brandmessage':
      return text('text');
    case 'push':
    case 'inapp':
      return [text('title'), text('body')].filter(Boolean).join(' — ');
    case 'email':
      return text('subject');
    case 'webhook':
      return text('url');
  }
};
