import type { AdStepWarning } from '@journeyflow/shared/compliance/openAdStepWarnings';
import { issueText } from '../../i18n/issueText';
import { useLocaleStore } from '../../i18n/localeStore';
import { nodeTypeLabel } from '../../i18n/nodeTypeText';
import { useT } from '../../i18n/useT';
import './compliance.css';

/** Open compliance warnings of ad steps, each naming its step, in the reader's language. */
export function AdWarningsList({ warnings }: { readonly warnings: readonly AdStepWarning[] }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  return (
    <ul className="jf-warning-list" data-testid="ad-warnings">
      {warnings.map((warning) => (
        <li key={`${warning.nodeId}:${warning.code}`}>
          ⚠{' '}
          {t('rw.warning.item', {
            step: warning.nodeName ?? nodeTypeLabel('send', locale),
            text: issueText(t, warning),
          })}
        </li>
      ))}
    </ul>
  );
}
