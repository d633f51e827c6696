import { MAX_EMAIL_LENGTH } from '@journeyflow/shared/api/auth';
import type { ComponentProps } from 'react';
import { InputField } from './InputField';

type Props = Omit<ComponentProps<typeof InputField>, 'type' | 'maxLength'>;

/** A labelled email input, bounded as the server bounds user emails (sign in, invite). */
export function EmailField(props: Props) {
  return <InputField {...props} type="email" maxLength={MAX_EMAIL_LENGTH} />;
}
