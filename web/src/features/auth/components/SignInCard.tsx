import type { FormEvent, ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import '../auth.css';

/**
 * The frame of the signed-out pages (login, invitation): the language switch, and a card under the brand.
 * With `onSubmit` the card itself is the form.
 */
export function SignInCard({
  onSubmit,
  children,
}: {
  readonly onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  readonly children: ReactNode;
}) {
  const content = (
    <>
      <div className="jf-brand jf-brand-large">
        <span className="jf-brand-mark" aria-hidden="true" />
        Journeyflow
      </div>
      {children}
    </>
  );
  return (
    <div className="jf-login">
      <div className="jf-login-lang">
        <LanguageSwitch />
      </div>
      {onSubmit ? (
        <form className="jf-card jf-login-card" onSubmit={onSubmit}>
          {content}
        </form>
      ) : (
        <div className="jf-card jf-login-card">{content}</div>
      )}
    </div>
  );
}
