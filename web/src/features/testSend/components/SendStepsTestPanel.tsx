import { testSendChannelSchema } from '@journeyflow/shared/api/testSends';
import { messagePurposeSchema } from '@journeyflow/shared/messaging/channelContent';
import { useT } from '../../../i18n/useT';
import { TestSendButton } from './TestSendButton';

type LooseNode = {
  readonly id: string;
  readonly type: string;
  readonly label?: string | undefined;
  readonly settings: Record<string, unknown>;
};

/** The message a send step would send, or undefined while the step is unfinished. */
const subjectOf = (settings: Record<string, unknown>) => {
  const channel = testSendChannelSchema.safeParse(settings.channel);
  const purpose = messagePurposeSchema.safeParse(settings.purpose);
  if (!channel.success || !purpose.success) return undefined;
  const { templateId, content } = settings;
  if (typeof templateId === 'string' && templateId !== '')
    return { channel: channel.data, purpose: purpose.data, templateId };
  return content && typeof content === 'object'
    ? { channel: channel.data, purpose: purpose.data, content: content as Record<string, unknown> }
    : undefined;
};

/** The review screen's "테스트 발송" per send step: the reviewer sees the real message on a real phone. */
export function SendStepsTestPanel({ graph }: { readonly graph: { readonly nodes: readonly LooseNode[] } }) {
  const t = useT();
  const sends = graph.nodes.flatMap((node) => {
    const subject = node.type === 'send' ? subjectOf(node.settings) : undefined;
    return subject ? [{ node, subject }] : [];
  });
  if (sends.length === 0) return null;
  return (
    <section className="jf-panel" data-testid="review-test-send">
      <h2 className="jf-panel-title">{t('ts.title')}</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
        {sends.map(({ node, subject }) => (
          <li
            key={node.id}
            style={{ display: 'flex', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}
          >
            <span>{node.label ?? node.id}</span>
            <TestSendButton subject={subject} />
          </li>
        ))}
      </ul>
    </section>
  );
}
