import type { ReactNode } from 'react';

/** Title, explanation and optional actions at the top of a settings section. */
export function SettingsSectionHead({
  title,
  hint,
  actions,
}: {
  readonly title: string;
  readonly hint?: string;
  readonly actions?: ReactNode;
}) {
  return (
    <>
      <div className="jf-settings-section-head">
        <h2>{title}</h2>
        {actions}
      </div>
      {hint && <p className="jf-hint">{hint}</p>}
    </>
  );
}
