import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { useDeferredValue, useMemo } from 'react';
import { renderLivePreview } from '../renderLivePreview';
import { MessagePreview } from './MessagePreview';

/**
 * A step's or template's content as the sample customer would receive it: rendered with the engine's own
 * Liquid in the browser; content that does not render yet (being typed) is shown as written.
 */
export function DraftMessagePreview({
  channel,
  purpose,
  content,
}: {
  readonly channel: Channel;
  readonly purpose?: MessagePurpose | undefined;
  readonly content: Readonly<Record<string, unknown>>;
}) {
  const deferred = useDeferredValue(content);
  const rendered = useMemo(() => {
    const live = renderLivePreview(channel, purpose ?? 'info', { ...deferred }, undefined);
    return live.ok ? live.rendered : deferred;
  }, [channel, purpose, deferred]);
  return <MessagePreview channel={channel} purpose={purpose} content={rendered} />;
}
