import type { Message } from '@journeyflow/shared/api/messages';
import { channelLabel, messageStatusLabel, purposeLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { messageReasonText } from '../../messages/messageReasonText';
import { MessagePreview as SharedPreview } from '../../previews/components/MessagePreview';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A test-run message: its channel and status, then the one shared preview of what the customer sees. */
export function MessagePreview({ message }: { readonly message: Message }) {
  const t = useT();
  const r = message.rendered;
  const head = (
    <div className="jf-phone-head">
      <span>
        {channelLabel(t, message.channel)}
        {text(r.type) ? ` · ${text(r.type)}` : ''} · {purposeLabel(t, message.purpose)}
      </span>
      <span>
        {messageStatusLabel(t, message.status)}
        {message.reason ? `: ${messageReasonText(t, message.reason)}` : ''}
      </span>
    </div>
  );
  return (
    <div className="jf-phone" data-testid="test-message" data-channel={message.channel}>
      {head}
      <SharedPreview channel={message.channel} purpose={message.purpose} content={r} />
    </div>
  );
}
