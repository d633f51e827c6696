import type { MessagingSettings } from '@journeyflow/shared/messaging/channelSettings';
import { composeAdPreview } from '../adPreview';

/** A sample ad as a phone would show it: `(광고)[sender]` first, the free opt-out line last. */
export function AdPreview({
  settings,
  body,
}: {
  readonly settings: Pick<MessagingSettings, 'senderName' | 'optoutLine'>;
  readonly body: string;
}) {
  return (
    <div className="jf-ad-preview" data-testid="ad-preview" aria-live="polite">
      {composeAdPreview(settings, body)}
    </div>
  );
}
