import type { VerificationSent } from '@journeyflow/shared/api/testSends';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { InputField } from '../../../components/InputField';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { testSendClient, testSendKeys } from '../testSendClient';
import { rejectionText, testSendErrorText } from '../testSendText';

/** Enter the one-time code sent to a phone; ask for a new one when it expired or was mistyped too often. */
export function VerifyPhoneForm({
  recipientId,
  sent,
  onDone,
}: {
  readonly recipientId: string;
  readonly sent: VerificationSent | undefined;
  readonly onDone: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [lastSent, setLastSent] = useState(sent);
  const verify = useMutation({
    meta: { silentError: true },
    mutationFn: () => testSendClient.verify(recipientId, code.trim()),
    onSuccess: () => {
      pushToast('success', t('trc.verifiedToast'));
      void queryClient.invalidateQueries({ queryKey: testSendKeys.recipients });
      onDone();
    },
  });
  const resend = useMutation({
    meta: { silentError: true },
    mutationFn: () => testSendClient.resendCode(recipientId),
    onSuccess: (next) => {
      setLastSent(next);
      setCode('');
      verify.reset();
    },
  });
  const error = verify.error ?? resend.error;
  return (
    <form
      className="jf-banner"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim()) verify.mutate();
      }}
    >
      {lastSent && (
        <p>
          {lastSent.sandboxCode
            ? t('trc.sandboxCode', { code: lastSent.sandboxCode })
            : t('trc.codeSent', { when: new Date(lastSent.expiresAt).toLocaleTimeString() })}
        </p>
      )}
      {lastSent?.rejection && <p className="jf-field-error">{rejectionText(t, lastSent.rejection)}</p>}
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <InputField
          label={t('trc.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          value={code}
          onChange={setCode}
        />
        <button
          type="submit"
          className="jf-button jf-button-primary"
          disabled={verify.isPending || !code.trim()}
        >
          {t('trc.confirm')}
        </button>
        <button
          type="button"
          className="jf-button"
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {t('trc.resend')}
        </button>
      </div>
      <ErrorAlert message={error && (testSendErrorText(t, error) ?? error.message)} small />
    </form>
  );
}
