import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { authApi } from '../../../api/authApi';
import { queryKeys } from '../../../api/queryKeys';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/SubmitButton';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { PasswordField } from '../../auth/components/PasswordField';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import {
  checkPasswordForm,
  type PasswordForm,
  type PasswordFormProblem,
  passwordChangeProblem,
} from '../passwordForm';
import { SettingsSectionHead } from './SettingsSectionHead';

const EMPTY_FORM: PasswordForm = { currentPassword: '', newPassword: '', confirm: '' };

/**
 * `/settings/account`, for every role: change your own password (other sessions end) and sign out
 * everywhere (every session ends, this one included, and you land on the login page).
 */
export function AccountSettingsTab() {
  const t = useT();
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ids = { current: useId(), next: useId(), confirm: useId() };
  const [form, setForm] = useState<PasswordForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<readonly PasswordFormProblem[]>([]);
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);

  const change = useMutation({
    mutationFn: () =>
      authApi.changePassword({ currentPassword: form.currentPassword, newPassword: form.newPassword }),
    onSuccess: () => {
      setForm(EMPTY_FORM);
      setProblems([]);
      pushToast('success', t('acct.password.changed'));
    },
    onError: (error) => setProblems([passwordChangeProblem(error)]),
  });
  const signOutEverywhere = useMutation({
    mutationFn: authApi.logoutAll,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.auth.me, null);
      void navigate('/login');
    },
  });

  const problemText = (field: PasswordFormProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key, problem.values) : undefined;
  };
  const setField = (field: keyof PasswordForm) => (value: string) => setForm({ ...form, [field]: value });
  const fields: readonly {
    field: keyof PasswordForm;
    id: string;
    label: string;
    hint?: string;
    autoComplete: 'current-password' | 'new-password';
  }[] = [
    {
      field: 'currentPassword',
      id: ids.current,
      label: t('acct.password.current'),
      autoComplete: 'current-password',
    },
    {
      field: 'newPassword',
      id: ids.next,
      label: t('acct.password.new'),
      hint: t('acct.password.newHint'),
      autoComplete: 'new-password',
    },
    { field: 'confirm', id: ids.confirm, label: t('acct.password.confirm'), autoComplete: 'new-password' },
  ];
  const formError = problemText('form');

  return (
    <>
      <SettingsSectionHead
        title={t('acct.title')}
        hint={user ? t('acct.hint', { email: user.email }) : undefined}
      />
      <form
        className="jf-card jf-settings-form"
        aria-label={t('acct.password.title')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = checkPasswordForm(form);
          setProblems(found);
          if (found.length === 0) change.mutate();
        }}
      >
        <h3>{t('acct.password.title')}</h3>
        <p className="jf-hint">{t('acct.password.hint')}</p>
        {fields.map(({ field, id, label, hint, autoComplete }) => {
          const error = problemText(field);
          return (
            <PasswordField
              key={field}
              label={label}
              autoComplete={autoComplete}
              value={form[field]}
              onChange={setField(field)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            >
              {hint && !error && <span className="jf-hint">{hint}</span>}
              {error && (
                <span id={`${id}-error`} className="jf-field-error">
                  {error}
                </span>
              )}
            </PasswordField>
          );
        })}
        <ErrorAlert message={formError} />
        <div className="jf-settings-actions">
          <SubmitButton
            caption={t('acct.password.submit')}
            pendingCaption={t('acct.password.saving')}
            pending={change.isPending}
          />
        </div>
      </form>

      <section className="jf-card jf-settings-form" aria-label={t('acct.everywhere.title')}>
        <h3>{t('acct.everywhere.title')}</h3>
        <p className="jf-hint">{t('acct.everywhere.hint')}</p>
        <ErrorAlert message={signOutEverywhere.isError ? t('acct.everywhere.failed') : undefined} />
        <div className="jf-settings-actions">
          <button
            type="button"
            className="jf-button jf-button-danger"
            onClick={() => setConfirmingSignOut(true)}
          >
            {t('acct.everywhere.submit')}
          </button>
        </div>
      </section>
      <ConfirmDialog
        title={t('acct.everywhere.title')}
        open={confirmingSignOut}
        onClose={() => setConfirmingSignOut(false)}
        caption={t('acct.everywhere.submit')}
        tone="danger"
        disabled={signOutEverywhere.isPending}
        onConfirm={() =>
          signOutEverywhere.mutate(undefined, { onSettled: () => setConfirmingSignOut(false) })
        }
      >
        <p>{t('acct.everywhere.confirm')}</p>
      </ConfirmDialog>
    </>
  );
}
