import type { AlimtalkTemplate } from '@journeyflow/shared/messaging/channelSettings';
import { substituteAlimtalkVariables } from '@journeyflow/shared/messaging/renderContent';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { LinkButton } from '../../../components/LinkButton';
import { PageSkeleton } from '../../../components/PageSkeleton';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { settingsClient } from '../settingsClient';
import { AlimtalkTemplateForm } from './AlimtalkTemplateForm';
import { SettingsSectionHead } from './SettingsSectionHead';

type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; code: string };

/** `/settings/alimtalk-templates`: the Kakao-registered templates send steps pick by code. */
export function AlimtalkTemplatesTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const list = useQuery({
    queryKey: queryKeys.settings.alimtalk,
    queryFn: ({ signal }) => settingsClient.alimtalkTemplates(signal),
  });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const items = list.data?.items ?? [];
  const selected: AlimtalkTemplate | undefined =
    selection.kind === 'edit' ? items.find((item) => item.code === selection.code) : undefined;
  const editing = selection.kind === 'new' || selected !== undefined;

  return (
    <>
      <SettingsSectionHead
        title={t('cfg.alimtalk.title')}
        hint={t('cfg.alimtalk.hint')}
        actions={
          isAdmin && (
            <button
              type="button"
              className="jf-button jf-button-primary"
              onClick={() => setSelection({ kind: 'new' })}
            >
              {t('cfg.alimtalk.new')}
            </button>
          )
        }
      />
      {!isAdmin && <p className="jf-banner">{t('cfg.adminOnly')}</p>}
      {list.isPending ? (
        <PageSkeleton rows={4} />
      ) : list.isError ? (
        <p className="jf-error-text">{list.error.message}</p>
      ) : (
        <div className={editing ? 'jf-settings-split is-list' : 'jf-settings-list'}>
          <div>
            {items.length === 0 ? (
              <div className="jf-empty" data-testid="alimtalk-empty">
                <h2>{t('cfg.alimtalk.emptyTitle')}</h2>
                <p>{t('cfg.alimtalk.emptyHint')}</p>
              </div>
            ) : (
              <DataTable
                columns={[
                  t('cfg.alimtalk.code'),
                  t('cfg.alimtalk.name'),
                  t('cfg.alimtalk.variables'),
                  t('cfg.alimtalk.buttons'),
                  t('cfg.alimtalk.status'),
                ]}
                variant="jf-alimtalk-table"
                testId="alimtalk-table"
              >
                {items.map((item) => (
                  <tr key={item.code} aria-selected={selected?.code === item.code}>
                    <td className="jf-code-cell">
                      <LinkButton onClick={() => setSelection({ kind: 'edit', code: item.code })}>
                        {item.code}
                      </LinkButton>
                    </td>
                    <td>
                      <div>{item.name}</div>
                      <div className="jf-hint jf-clamp" title={item.body}>
                        {item.body}
                      </div>
                    </td>
                    <td>
                      <ul className="jf-var-list">
                        {substituteAlimtalkVariables(item.body, {}).missingVariables.map((name) => (
                          <li key={name}>
                            <code>{`#{${name}}`}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="jf-num">{item.buttons.length}</td>
                    <td>
                      <span className={`jf-badge alimtalk-${item.status}`}>
                        {t(`cfg.alimtalk.status.${item.status}` as MessageKey)}
                      </span>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </div>
          {editing ? (
            <div>
              <AlimtalkTemplateForm
                key={selected?.code ?? 'new'}
                template={selected}
                readOnly={!isAdmin}
                onSaved={(code) => setSelection({ kind: 'edit', code })}
                onDeleted={() => setSelection({ kind: 'none' })}
                onCancel={() => setSelection({ kind: 'none' })}
              />
            </div>
          ) : (
            items.length > 0 && <p className="jf-hint">{t('cfg.alimtalk.select')}</p>
          )}
        </div>
      )}
    </>
  );
}
