import { hasOptOutLine, workspaceOptoutNumber } from '@journeyflow/shared/compliance/optoutNumber';
import type { MessagingSettings } from '@journeyflow/shared/messaging/channelSettings';
import { AD_PREFIX } from '@journeyflow/shared/messaging/checkMessageCompliance';

/**
 * How an ad text carries the workspace's advertising identity (SPEC §6): `(광고)[sender] body` first,
 * the free 080 opt-out line last. Shown in the messaging settings as a live preview.
 */
export function composeAdPreview(
  settings: Pick<MessagingSettings, 'senderName' | 'optoutLine'>,
  body: string,
): string {
  const sender = settings.senderName.trim();
  const head = sender ? `${AD_PREFIX}[${sender}]` : AD_PREFIX;
  const optout = settings.optoutLine.trim();
  return optout ? `${head} ${body}\n${optout}` : `${head} ${body}`;
}

/** The opt-out line must carry the words 무료수신거부 (free opt-out) and the 080 number to call. */
export function isValidOptoutLine(line: string): boolean {
  return hasOptOutLine(line) && workspaceOptoutNumber(line) !== undefined;
}
