import type { Template, TemplateVersion } from '@journeyflow/shared/api/templates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { pushToast } from '../../../components/toastStore';
import { contentFieldName } from '../../../i18n/issueText';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { lineDiff, type TemplateWords, templateText } from '../lineDiff';
import '../templates.css';

/**
 * The template's history: every saved version (who, when), the text diff of a version against the one
 * before it, and "이 버전으로 되돌리기", which saves that version's content as a new version.
 */
export function TemplateHistory({ template }: { readonly template: Template }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const queryClient = useQueryClient();
  const versions = useQuery({
    queryKey: queryKeys.templates.versions(template.id),
    queryFn: ({ signal }) => templatesApi.versions(template.id, signal),
  });
  const items = versions.data?.items ?? [];
  const [picked, setPicked] = useState<number | undefined>();
  const selected = items.find((v) => v.version === picked) ?? items[0];
  const previous = selected ? items.find((v) => v.version < selected.version) : undefined;
  const revert = useMutation({
    mutationFn: (version: TemplateVersion) =>
      templatesApi.update(template.id, {
        name: version.name,
        channel: template.channel,
        purpose: version.purpose,
        content: version.content,
      } as Parameters<typeof templatesApi.update>[1]),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.templates.all });
      const latest = (await templatesApi.versions(template.id)).items[0];
      pushToast('success', t('tplHistory.reverted', { n: latest?.version ?? '' }));
    },
    onError: (error) => pushToast('error', error.message),
  });
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US', {
      dateStyle: 'short',
      timeStyle: 'short',
    });

  const words: TemplateWords = {
    field: (name) =>
      name === 'name'
        ? t('tpl.col.name')
        : name === 'purpose'
          ? t('tpl.col.purpose')
          : contentFieldName(t, name),
    purpose: (purpose) =>
      purpose === 'ad' ? t('tpl.badge.ad') : purpose === 'info' ? t('tpl.badge.info') : purpose,
  };

  if (versions.isPending) return <p className="jf-hint">…</p>;
  if (items.length === 0) return <p className="jf-hint">{t('tplHistory.empty')}</p>;
  return (
    <div className="jf-template-history" data-testid="template-history">
      <ol className="jf-run-list">
        {items.map((v, index) => (
          <li key={v.version}>
            <button
              type="button"
              className="jf-link-button"
              aria-pressed={v.version === selected?.version}
              onClick={() => setPicked(v.version)}
            >
              {t('tplHistory.version', { n: v.version })}
              {index === 0 ? ` (${t('tplHistory.current')})` : ''}
            </button>{' '}
            <span className="jf-hint">
              {t('tplHistory.by', {
                who: v.createdByName ?? t('tplHistory.someone'),
                when: when(v.createdAt),
              })}
            </span>
          </li>
        ))}
      </ol>
      {selected && (
        <section aria-label={t('tplHistory.version', { n: selected.version })}>
          <p className="jf-label">
            {previous
              ? t('tplHistory.compare', { from: previous.version, to: selected.version })
              : t('tplHistory.first')}
          </p>
          <pre className="jf-diff" data-testid="template-diff">
            {lineDiff(previous ? templateText(previous, words) : '', templateText(selected, words)).map(
              (line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are positional
                <div key={i} className={`jf-diff-${line.kind}`}>
                  {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
                  {line.text}
                </div>
              ),
            )}
          </pre>
          {selected.version !== items[0]?.version && (
            <button
              type="button"
              className="jf-button"
              disabled={revert.isPending}
              onClick={() => revert.mutate(selected)}
            >
              {t('tplHistory.revert')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
