import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { useT } from '../../../i18n/useT';
import { AlimtalkBubble } from './AlimtalkBubble';
import { BrandMessageBubble, EmailFrame, InappCard, PushLockScreen, WebhookCard } from './ChannelCards';
import { SmsPhoneBubble } from './SmsPhoneBubble';
import '../messagePreview.css';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * One message as the customer sees it, for every channel — the one preview the template editor, the
 * send inspector, the review screen, the test run and the message log all show. `content` is the
 * rendered content (or the draft, Liquid and all, where nothing is rendered yet).
 */
export function MessagePreview({
  channel,
  content,
  purpose,
  footer,
}: {
  readonly channel: Channel;
  readonly content: Readonly<Record<string, unknown>>;
  readonly purpose?: MessagePurpose | undefined;
  readonly footer?: React.ReactNode;
}) {
  const t = useT();
  let body: React.ReactNode;
  switch (channel) {
    case 'sms':
      body = (
        <SmsPhoneBubble
          text={text(content.text) ?? ''}
          subject={text(content.subject)}
          imageUrl={text(content.imageUrl)}
        />
      );
      break;
    case 'alimtalk':
      body = (
        <AlimtalkBubble
          templateCode={text(content.templateCode) ?? ''}
          variables={(content.variables ?? {}) as Record<string, unknown>}
          buttons={
            Array.isArray(content.buttons) ? (content.buttons as { name: string; url?: string }[]) : undefined
          }
          sentText={text(content.text)}
        />
      );
      break;
    case 'brandmessage':
      body = <BrandMessageBubble content={content} />;
      break;
    case 'push':
      body = <PushLockScreen content={content} />;
      break;
    case 'inapp':
      body = <InappCard content={content} />;
      break;
    case 'email':
      body = <EmailFrame content={content} />;
      break;
    case 'webhook':
      body = <WebhookCard content={content} />;
      break;
  }
  return (
    <figure className="jf-preview" data-testid="message-preview" data-channel={channel}>
      {purpose && (
        <span className={`jf-preview-purpose is-${purpose}`}>{t(`preview.purpose.${purpose}`)}</span>
      )}
      {body}
      {footer}
    </figure>
  );
}
