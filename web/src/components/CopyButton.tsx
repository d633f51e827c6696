import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

/** Copies `text` to the clipboard and says so for two seconds. */
export function CopyButton({ text, label }: { readonly text: string; readonly label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="jf-button"
      aria-label={label ?? t('copy.copy')}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? t('copy.copied') : t('copy.copy')}
    </button>
  );
}
