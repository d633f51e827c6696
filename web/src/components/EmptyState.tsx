import type { ReactNode } from 'react';

/** The friendly "nothing here yet" block: an optional heading, one sentence, and an optional action. */
export function EmptyState({
  title,
  body,
  children,
}: {
  readonly title?: string;
  readonly body: string;
  readonly children?: ReactNode;
}) {
  return (
    <div className="jf-empty">
      {title !== undefined && <h2>{title}</h2>}
      <p>{body}</p>
      {children}
    </div>
  );
}
