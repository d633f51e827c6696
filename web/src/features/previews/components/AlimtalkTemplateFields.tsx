import { SelectField } from '../../../components/SelectField';
import { useT } from '../../../i18n/useT';
import { alimtalkPlaceholders, variablesForTemplate } from '../alimtalkPlaceholders';
import { useAlimtalkRegistry } from '../useAlimtalkRegistry';
import '../messagePreview.css';

type AlimtalkDraft = { readonly templateCode?: unknown; readonly variables?: unknown };

/**
 * The AlimTalk part of a send form: the template picked from the workspace's registered list (Settings →
 * AlimTalk templates), never typed, and one value field per `#{…}` placeholder of its registered body.
 */
export function AlimtalkTemplateFields({
  content,
  onChange,
  codeLabel,
  error,
}: {
  readonly content: AlimtalkDraft;
  readonly onChange: (next: { templateCode: string; variables: Record<string, string> }) => void;
  /** The select's label (the template editor and the inspector each name it in their own words). */
  readonly codeLabel: string;
  readonly error?: string | undefined;
}) {
  const t = useT();
  const registry = useAlimtalkRegistry();
  const code = typeof content.templateCode === 'string' ? content.templateCode : '';
  const variables = (
    content.variables && typeof content.variables === 'object' ? content.variables : {}
  ) as Record<string, unknown>;
  const chosen = registry?.find((template) => template.code === code);
  const names = chosen ? alimtalkPlaceholders(chosen.body) : Object.keys(variables);
  const stringVariables = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : '']),
  );
  return (
    <div className="jf-field" data-testid="alimtalk-template-fields">
      <SelectField
        bare
        label={codeLabel}
        aria-label={codeLabel}
        value={code}
        options={[
          { value: '', label: registry === undefined ? t('common.loading') : t('preview.alimtalk.pickNone') },
          ...(registry ?? []).map((template) => ({
            value: template.code,
            label: `${template.name} (${template.code})${
              template.status === 'approved' ? '' : ` · ${t(`preview.alimtalk.status.${template.status}`)}`
            }`,
          })),
          ...(code !== '' && registry !== undefined && !chosen ? [{ value: code, label: code }] : []),
        ]}
        onChange={(templateCode) => {
          const next = registry?.find((template) => template.code === templateCode);
          onChange({ templateCode, variables: next ? variablesForTemplate(next.body, variables) : {} });
        }}
      />
      {error && (
        <div className="jf-field-error" role="alert">
          {error}
        </div>
      )}
      {registry?.length === 0 && <p className="jf-hint">{t('preview.alimtalk.none')}</p>}
      {code !== '' && registry !== undefined && !chosen && (
        <p className="jf-field-error">{t('preview.alimtalk.unknown', { code })}</p>
      )}
      <fieldset className="jf-plain-fieldset jf-alimtalk-values">
        <legend className="jf-label">{t('tpl.variables')}</legend>
        {names.length === 0 && <p className="jf-hint">{t('preview.alimtalk.noCode')}</p>}
        {names.map((name) => (
          <label key={name} className="jf-alimtalk-value">
            <code>{`#{${name}}`}</code>
            <input
              className="jf-input"
              aria-label={t('preview.alimtalk.valueOf', { name: `#{${name}}` })}
              value={stringVariables[name] ?? ''}
              placeholder="{{ customer.name }}"
              onChange={(event) =>
                onChange({
                  templateCode: code,
                  variables: { ...stringVariables, [name]: event.target.value },
                })
              }
            />
          </label>
        ))}
      </fieldset>
    </div>
  );
}
