import type { ButtonHTMLAttributes } from 'react';

/** A button that looks like a link: opens a row's item, adds a rule, picks a version. */
export function LinkButton(props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'>) {
  return <button type="button" className="jf-link-button" {...props} />;
}
