import type { ReactNode } from 'react';

/** A page's title, with the page-wide actions (new, export, …) at its right end. */
export function PageHead({ title, children }: { readonly title: ReactNode; readonly children?: ReactNode }) {
  return (
    <div className="jf-page-head">
      <h1 className="jf-page-title">{title}</h1>
      {children}
    </div>
  );
}
