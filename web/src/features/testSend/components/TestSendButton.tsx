import { TEST_SEND_CHANNELS, type TestSendChannel } from '@journeyflow/shared/api/testSends';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { TestSendDialog, type TestSendSubject } from './TestSendDialog';

const isTestSendChannel = (channel: Channel): channel is TestSendChannel =>
  (TEST_SEND_CHANNELS as readonly string[]).includes(channel);

/** "테스트 발송" beside a message (send step, template, review): opens the test send dialog. */
export function TestSendButton({
  subject,
}: {
  readonly subject: Omit<TestSendSubject, 'channel'> & { readonly channel: Channel };
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { channel } = subject;
  if (!isTestSendChannel(channel)) return null;
  return (
    <>
      <button type="button" className="jf-button" onClick={() => setOpen(true)}>
        {t('ts.button')}
      </button>
      {open && <TestSendDialog subject={{ ...subject, channel }} onClose={() => setOpen(false)} />}
    </>
  );
}
