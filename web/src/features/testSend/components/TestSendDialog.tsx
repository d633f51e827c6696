import {
  recipientKindOfChannel,
  type TestSendChannel,
  type TestSendRequest,
} from '@journeyflow/shared/api/testSends';
import type { MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CloseButton } from '../../../components/CloseButton';
import { Dialog } from '../../../components/Dialog';
import { InputField } from '../../../components/InputField';
import { useT } from '../../../i18n/useT';
import { testSendClient, testSendKeys } from '../testSendClient';
import { rejectionText, testSendErrorText } from '../testSendText';

/** What is being tested: a saved template, or the content as it stands in the editor. */
export type TestSendSubject = {
  readonly channel: TestSendChannel;
  readonly purpose: MessagePurpose;
  readonly templateId?: string | undefined;
  readonly content?: Record<string, unknown> | undefined;
};

type Outcome = { readonly name: string; readonly ok: boolean; readonly text: string };

const dataModes = ['sample', 'customer'] as const;
type DataMode = (typeof dataModes)[number];

/**
 * "테스트 발송": pick verified test recipients of the channel's kind and whose data fills the message (a
 * real customer or a made-up name), then send one real message to each; each result is shown in words.
 */
export function TestSendDialog({
  subject,
  onClose,
}: {
  readonly subject: TestSendSubject;
  readonly onClose: () => void;
}) {
  const t = useT();
  const kind = recipientKindOfChannel[subject.channel];
  const recipients = useQuery({
    queryKey: testSendKeys.recipients,
    queryFn: ({ signal }) => testSendClient.recipients(signal),
  });
  const usable = (recipients.data?.items ?? []).filter((r) => r.kind === kind && r.verified);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [mode, setMode] = useState<DataMode>('sample');
  const [externalId, setExternalId] = useState('');
  const [sampleName, setSampleName] = useState('홍길동');
  // The one input the chosen data needs: a sample customer's name, or which real customer.
  const dataInput =
    mode === 'sample'
      ? { label: t('ts.attrName'), value: sampleName, maxLength: 100, onChange: setSampleName }
      : { label: t('ts.customerId'), value: externalId, maxLength: 200, onChange: setExternalId };
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const selected = chosen.length > 0 ? chosen : usable.slice(0, 1).map((r) => r.id);

  const send = useMutation({
    mutationFn: async () => {
      const results: Outcome[] = [];
      for (const id of selected) {
        const name = usable.find((r) => r.id === id)?.name ?? id;
        const body: TestSendRequest = {
          channel: subject.channel,
          purpose: subject.purpose,
          ...(subject.templateId ? { templateId: subject.templateId } : { content: subject.content ?? {} }),
          to: { recipientId: id },
          customer:
            mode === 'customer'
              ? { externalId: externalId.trim() }
              : { attributes: { name: sampleName.trim() } },
        };
        try {
          const sent = await testSendClient.send(body);
          results.push(
            sent.rejection
              ? { name, ok: false, text: t('ts.failed', { name, reason: rejectionText(t, sent.rejection) }) }
              : { name, ok: true, text: t('ts.sent', { name }) },
          );
        } catch (error) {
          const reason =
            testSendErrorText(t, error) ?? (error instanceof Error ? error.message : String(error));
          results.push({ name, ok: false, text: t('ts.failed', { name, reason }) });
        }
      }
      return results;
    },
    onSuccess: setOutcomes,
  });
  const ready = subject.templateId ? subject.templateId !== '' : subject.content !== undefined;
  const canSend =
    ready && selected.length > 0 && !send.isPending && (mode === 'sample' || externalId.trim() !== '');

  return (
    <Dialog
      title={t('ts.title')}
      open
      onClose={onClose}
      actions={
        <>
          <CloseButton onClose={onClose} />
          <button
            type="button"
            className="jf-button jf-button-primary"
            disabled={!canSend}
            onClick={() => send.mutate()}
          >
            {send.isPending ? t('ts.sending') : t('ts.send')}
          </button>
        </>
      }
    >
      <p className="jf-hint">{t('ts.hint')}</p>
      {!ready && <p className="jf-field-error">{t('ts.saveFirst')}</p>}
      <fieldset className="jf-field">
        <legend className="jf-label">{t('ts.recipients')}</legend>
        {usable.length === 0 && recipients.data && <p className="jf-hint">{t('ts.noRecipients')}</p>}
        {usable.map((r) => (
          <label key={r.id} className="jf-checkbox">
            <input
              type="checkbox"
              checked={selected.includes(r.id)}
              onChange={(event) =>
                setChosen(event.target.checked ? [...selected, r.id] : selected.filter((id) => id !== r.id))
              }
            />
            {r.name} <code>{r.kind === 'push' ? `${r.address.slice(0, 12)}…` : r.address}</code>
          </label>
        ))}
        <Link to="/settings/test-recipients" onClick={onClose}>
          {t('ts.manage')}
        </Link>
      </fieldset>
      <fieldset className="jf-field">
        <legend className="jf-label">{t('ts.data')}</legend>
        {dataModes.map((option) => (
          <label key={option} className="jf-checkbox">
            <input type="radio" checked={mode === option} onChange={() => setMode(option)} />
            {t(`ts.data.${option}`)}
          </label>
        ))}
        <InputField bare {...dataInput} />
      </fieldset>
      {outcomes.length > 0 && (
        <ul aria-live="polite" data-testid="test-send-results">
          {outcomes.map((outcome) => (
            <li key={outcome.name} className={outcome.ok ? undefined : 'jf-field-error'}>
              {outcome.text}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
