import type { Message } from '@journeyflow/shared/api/messages';

/** One line describing what was (or would have been) sent, for the messages log table. */
export const summarizeRendered = (message: Pick<Message, 'channel' | 'rendered'>): string => {
  const r = message.rendered;
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
  switch (message.channel) {
    case 'sms':
      return [r.type ? `[${String(r.type)}]` : '', text('subject'), text('text')].filter(Boolean).join(' ');
    case 'alimtalk':
      return text('text') || `${text('templateCode')} ${JSON.stringify(r.variables ?? {})}`;
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
