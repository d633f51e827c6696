import type { ValueChange } from '@journeyflow/shared/journey/journeyDiffSchema';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { describeChange } from '../utils/describeChange';
import { textDiff } from '../utils/textDiff';

/** A list of changes in the reviewer's words; message texts as a word diff with the changed words marked. */
export function ChangeInWordsList({ changes }: { readonly changes: readonly ValueChange[] }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const hasTemplates = changes.some((change) => change.path.startsWith('templates.'));
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    enabled: hasTemplates,
    staleTime: 60_000,
  }).data?.items;
  const templateName = (id: string) => templates?.find((template) => template.id === id)?.name;
  return (
    <ul className="jf-change-list" data-testid="change-list">
      {changes.map((change) => {
        const words = describeChange(change, t, locale, templateName);
        return (
          <li key={change.path} data-path={change.path}>
            <strong>{words.field}</strong>
            {words.isText ? (
              <div className="jf-text-diff" title={t('rw.textChange')} data-testid="text-diff">
                {textDiff(
                  typeof change.before === 'string' ? change.before : '',
                  typeof change.after === 'string' ? change.after : '',
                ).map((piece, index) =>
                  piece.kind === 'same' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one diff never reorder
                    <span key={index}>{piece.text}</span>
                  ) : piece.kind === 'removed' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one diff never reorder
                    <del key={index}>{piece.text}</del>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one diff never reorder
                    <ins key={index}>{piece.text}</ins>
                  ),
                )}
              </div>
            ) : (
              <>
                {' '}
                <del>{words.before}</del> → <ins>{words.after}</ins>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
