import { MAX_PASSWORD_LENGTH } from '@journeyflow/shared/api/auth';
import type { ComponentProps } from 'react';
import { InputField } from '../../../components/InputField';

type Props = Omit<ComponentProps<typeof InputField>, 'type' | 'maxLength' | 'autoComplete'> & {
  /** Lets a password manager fill the current password or offer to save a new one. */
  readonly autoComplete: 'current-password' | 'new-password';
};

/** A labelled password input, bounded as the server bounds passwords (sign in, join, reset, change). */
export function PasswordField(props: Props) {
  return <InputField {...props} type="password" maxLength={MAX_PASSWORD_LENGTH} />;
}
