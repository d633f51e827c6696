import type { Message } from '@journeyflow/shared/api/messages';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A message as the customer would see it: an SMS/Kakao bubble, a push or in-app card, an email. */
export function MessagePreview({ message }: { readonly message: Message }) {
  const r = message.rendered;
  const head = (
    <div className="jf-phone-head">
      <span>
        {message.channel}
        {text(r.type) ? ` · ${text(r.type)}` : ''} · {message.purpose}
      </span>
      <span>
        {message.status}
        {message.reason ? `: ${message.reason}` : ''}
      </span>
    </div>
  );
  let body: React.ReactNode;
  switch (message.channel) {
    case 'sms':
    case 'brandmessage':
      body = (
        <div className={`jf-bubble ${message.channel === 'brandmessage' ? 'jf-bubble-kakao' : ''}`}>
          {text(r.subject) && <span className="jf-bubble-title">{text(r.subject)}</span>}
          {text(r.text)}
        </div>
      );
      break;
    case 'alimtalk':
      body = (
        <div className="jf-bubble jf-bubble-kakao">
          <span className="jf-bubble-title">알림톡 {text(r.templateCode)}</span>
          {text(r.text) ?? JSON.stringify(r.variables ?? r)}
        </div>
      );
      break;
    case 'push':
    case 'inapp':
      body = (
        <div className="jf-bubble">
          <span className="jf-bubble-title">{text(r.title)}</span>
          {text(r.body)}
          {text(r.ctaLabel) && <div className="jf-link-button">{text(r.ctaLabel)} →</div>}
        </div>
      );
      break;
    case 'email':
      body = (
        <div className="jf-bubble">
          <span className="jf-bubble-title">{text(r.subject)}</span>
          {text(r.text) ?? text(r.html)?.replace(/<[^>]+>/g, ' ')}
        </div>
      );
      break;
    default:
      body = <pre className="jf-bubble">{JSON.stringify(r, null, 2)}</pre>;
  }
  return (
    <div className="jf-phone" data-testid="test-message" data-channel={message.channel}>
      {head}
      {body}
    </div>
  );
}
