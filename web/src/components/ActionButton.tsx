import type { ButtonHTMLAttributes } from 'react';

/**
 * A workflow button whose accessible name is always the English action (`Save`, `Submit for review`,
 * `Approve`, `Reject`, `Publish`, `Pause`) — the stable test hook of SPEC §8 — while the visible caption
 * follows the UI language. In English both are the same word.
 */
export function ActionButton({
  name,
  caption,
  className = 'jf-button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { readonly name: string; readonly caption: string }) {
  return (
    <button type="button" className={className} aria-label={name} {...rest}>
      {caption}
    </button>
  );
}
