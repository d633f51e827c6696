import { MAX_PASSWORD_LENGTH } from '@journeyflow/shared/api/auth';
import { passwordSchema } from '@journeyflow/shared/api/users';
import { isApiError } from '../../api/ApiError';
import { retryAfterMinutes } from '../../api/retryAfterMinutes';
import type { MessageKey } from '../../i18n/dictionary';

export type PasswordForm = {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly confirm: string;
};

export type PasswordFormProblem = {
  readonly field: 'currentPassword' | 'newPassword' | 'confirm' | 'form';
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, number>>;
};

const lengthProblem = (password: string): MessageKey | undefined => {
  const checked = passwordSchema.safeParse(password);
  if (checked.success) return undefined;
  return checked.error.issues[0]?.code === 'too_big' ? 'acct.error.tooLong' : 'acct.error.tooShort';
};

/** What to fix before sending; the length rule is shared's `passwordSchema`, the server's own. */
export function checkPasswordForm(form: PasswordForm): PasswordFormProblem[] {
  const problems: PasswordFormProblem[] = [];
  if (form.currentPassword === '')
    problems.push({ field: 'currentPassword', key: 'acct.error.currentRequired' });
  else if (form.currentPassword.length > MAX_PASSWORD_LENGTH)
    problems.push({ field: 'currentPassword', key: 'acct.error.tooLong' });
  const length = lengthProblem(form.newPassword);
  if (length) problems.push({ field: 'newPassword', key: length });
  else if (form.newPassword === form.currentPassword)
    problems.push({ field: 'newPassword', key: 'acct.error.sameAsCurrent' });
  if (form.confirm !== form.newPassword) problems.push({ field: 'confirm', key: 'acct.error.mismatch' });
  return problems;
}

/** The server's refusal of `POST /api/auth/password`, by code, in the reader's language. */
export function passwordChangeProblem(error: unknown): PasswordFormProblem {
  if (!isApiError(error)) return { field: 'form', key: 'acct.error.failed' };
  if (error.code === 'too_many_attempts')
    return { field: 'form', key: 'acct.error.tooMany', values: { minutes: retryAfterMinutes(error) } };
  if (error.code === 'busy') return { field: 'form', key: 'acct.error.busy' };
  if (error.code === 'validation_failed') {
    const issues =
      (error.details as { issues?: { path?: string; code?: string }[] } | undefined)?.issues ?? [];
    if (issues.some((issue) => issue.code === 'wrong_password'))
      return { field: 'currentPassword', key: 'acct.error.wrongPassword' };
    const onNew = issues.find((issue) => issue.path === 'body.newPassword');
    if (onNew)
      return {
        field: 'newPassword',
        key: onNew.code === 'too_big' ? 'acct.error.tooLong' : 'acct.error.tooShort',
      };
  }
  return { field: 'form', key: 'acct.error.failed' };
}
