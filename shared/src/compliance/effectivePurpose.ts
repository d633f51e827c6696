import type { MessagePurpose } from '../messaging/channelContent';

/**
 * The purpose a send is judged and delivered by: an ad when either the step or its template says so.
 * A step cannot downgrade an ad template to "info" (that would skip consent, night-time and the caps).
 */
export function effectivePurpose(step: MessagePurpose, template?: MessagePurpose | null): MessagePurpose {
  return step === 'ad' || template === 'ad' ? 'ad' : 'info';
}
