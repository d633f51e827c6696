import { type AlimtalkTemplate, alimtalkTemplateSchema } from '@journeyflow/shared/messaging/channelSettings';
import { substituteAlimtalkVariables } from '@journeyflow/shared/messaging/renderContent';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { fieldErrorsOf } from '../../../api/fieldErrors';
import { queryKeys } from '../../../api/queryKeys';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SubmitButton } from '../../../components/SubmitButton';
import { pushToast } from '../../../components/toastStore';
import type { MessageKey } from '../../../i18n/dictionary';
import { type Translate, useT } from '../../../i18n/useT';
import { settingsClient } from '../settingsClient';

const MAX_BUTTONS = 5;
const statuses = alimtalkTemplateSchema.shape.status.unwrap().options;
const emptyTemplate: AlimtalkTemplate = { code: '', name: '', body: '', buttons: [], status: 'approved' };

/** The shared schema's verdict, worded for the UI; keys are field paths (`body`, `buttons.0.name`). */
function validate(template: AlimtalkTemplate, t: Translate): Record<string, string> {
  const result = alimtalkTemplateSchema.safeParse(template);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const message =
      issue.code === 'too_small'
        ? t('cfg.alimtalk.required')
        : issue.code === 'too_big' && path === 'buttons'
          ? t('cfg.alimtalk.tooManyButtons')
          : issue.code === 'too_big'
            ? t('cfg.alimtalk.tooLong', { max: Number(issue.maximum).toLocaleString() })
            : issue.message;
    errors[path] ??= message;
  }
  return errors;
}

/** Create or edit one AlimTalk template: code, name, body with `#{variables}` (≤1,000 chars), ≤5 buttons. */
export function AlimtalkTemplateForm({
  template,
  readOnly,
  onSaved,
  onDeleted,
  onCancel,
}: {
  readonly template: AlimtalkTemplate | undefined;
  readonly readOnly: boolean;
  readonly onSaved: (code: string) => void;
  readonly onDeleted: () => void;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<AlimtalkTemplate>(template ?? emptyTemplate);
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const isNew = template === undefined;
  const save = useMutation({
    mutationFn: (body: AlimtalkTemplate) => settingsClient.saveAlimtalkTemplate(body),
    onSuccess: async (saved) => {
      pushToast('success', t('cfg.alimtalk.saved', { code: saved.code }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.settings.alimtalk });
      onSaved(saved.code);
    },
  });
  const remove = useMutation({
    mutationFn: (code: string) => settingsClient.deleteAlimtalkTemplate(code),
    onSuccess: async (_, code) => {
      pushToast('success', t('cfg.alimtalk.deleted', { code }));
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: queryKeys.settings.alimtalk });
      onDeleted();
    },
  });
  const localErrors = validate(draft, t);
  const errors = touched ? { ...fieldErrorsOf(save.error), ...localErrors } : fieldErrorsOf(save.error);
  const variables = substituteAlimtalkVariables(draft.body, {}).missingVariables;
  const setButton = (index: number, patch: Partial<AlimtalkTemplate['buttons'][number]>) =>
    setDraft({
      ...draft,
      buttons: draft.buttons.map((button, i) => (i === index ? { ...button, ...patch } : button)),
    });
  const fieldError = (key: string) =>
    errors[key] && (
      <div id={`${id}-${key}-error`} className="jf-field-error" role="alert">
        {errors[key]}
      </div>
    );
  const invalidProps = (key: string) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {};

  return (
    <form
      className="jf-card jf-settings-form"
      aria-label={isNew ? t('cfg.alimtalk.new') : t('cfg.alimtalk.edit', { code: template.code })}
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (Object.keys(localErrors).length > 0) return;
        const buttons = draft.buttons.map(({ name, url }) => ({
          name: name.trim(),
          ...(url?.trim() ? { url: url.trim() } : {}),
        }));
        save.mutate({ ...draft, code: draft.code.trim(), name: draft.name.trim(), buttons });
      }}
    >
      <h3 className="jf-settings-card-head">
        {isNew ? t('cfg.alimtalk.new') : t('cfg.alimtalk.edit', { code: template.code })}
      </h3>
      <div className="jf-field">
        <label className="jf-label" htmlFor={`${id}-code`}>
          {t('cfg.alimtalk.code')}
        </label>
        <input
          id={`${id}-code`}
          className="jf-input"
          value={draft.code}
          readOnly={!isNew || readOnly}
          maxLength={64}
          placeholder="ORDER_SHIPPED"
          onChange={(event) => setDraft({ ...draft, code: event.target.value })}
          {...invalidProps('code')}
        />
        {fieldError('code')}
      </div>
      <div className="jf-field">
        <label className="jf-label" htmlFor={`${id}-name`}>
          {t('cfg.alimtalk.name')}
        </label>
        <input
          id={`${id}-name`}
          className="jf-input"
          value={draft.name}
          readOnly={readOnly}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          {...invalidProps('name')}
        />
        {fieldError('name')}
      </div>
      <div className="jf-field">
        <label className="jf-label" htmlFor={`${id}-body`}>
          {t('cfg.alimtalk.body')}
        </label>
        <textarea
          id={`${id}-body`}
          className="jf-input jf-textarea"
          rows={7}
          value={draft.body}
          readOnly={readOnly}
          placeholder={'#{고객명}님, 주문하신 상품이 발송되었습니다.\n송장번호: #{송장번호}'}
          onChange={(event) => setDraft({ ...draft, body: event.target.value })}
          {...invalidProps('body')}
        />
        <div
          className={`jf-sms-counter${draft.body.length > 1000 ? ' is-bad' : ''}`}
          data-testid="alimtalk-chars"
        >
          {t('cfg.alimtalk.chars', { count: draft.body.length.toLocaleString() })}
        </div>
        {fieldError('body')}
      </div>
      <div className="jf-field">
        <span className="jf-label">{t('cfg.alimtalk.variables')}</span>
        {variables.length === 0 ? (
          <span className="jf-hint">{t('cfg.alimtalk.noVariables')}</span>
        ) : (
          <ul className="jf-var-list" data-testid="alimtalk-variables">
            {variables.map((name) => (
              <li key={name}>
                <code>{`#{${name}}`}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="jf-field">
        <legend className="jf-label">
          {t('cfg.alimtalk.buttons')} ({t('cfg.alimtalk.buttonCount', { count: draft.buttons.length })})
        </legend>
        {draft.buttons.map((button, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: buttons are edited in place; position is their identity.
          <div key={index} className="jf-button-rows">
            <div>
              <input
                className="jf-input"
                aria-label={`${t('cfg.alimtalk.buttonName')} ${index + 1}`}
                placeholder={t('cfg.alimtalk.buttonName')}
                value={button.name}
                maxLength={14}
                readOnly={readOnly}
                onChange={(event) => setButton(index, { name: event.target.value })}
                {...invalidProps(`buttons.${index}.name`)}
              />
              {fieldError(`buttons.${index}.name`)}
            </div>
            <input
              className="jf-input"
              aria-label={`${t('cfg.alimtalk.buttonUrl')} ${index + 1}`}
              placeholder={t('cfg.alimtalk.buttonUrl')}
              value={button.url ?? ''}
              readOnly={readOnly}
              onChange={(event) => setButton(index, { url: event.target.value })}
            />
            {!readOnly && (
              <button
                type="button"
                className="jf-icon-button"
                aria-label={`${t('common.remove')} ${index + 1}`}
                onClick={() => setDraft({ ...draft, buttons: draft.buttons.filter((_, i) => i !== index) })}
              >
                ×
              </button>
            )}
          </div>
        ))}
        {fieldError('buttons')}
        {!readOnly && (
          <div>
            <button
              type="button"
              className="jf-button"
              disabled={draft.buttons.length >= MAX_BUTTONS}
              onClick={() => setDraft({ ...draft, buttons: [...draft.buttons, { name: '' }] })}
            >
              + {t('cfg.alimtalk.addButton')}
            </button>
          </div>
        )}
      </fieldset>
      <div className="jf-field">
        <label className="jf-label" htmlFor={`${id}-status`}>
          {t('cfg.alimtalk.status')}
        </label>
        <select
          id={`${id}-status`}
          className="jf-input"
          value={draft.status}
          disabled={readOnly}
          onChange={(event) =>
            setDraft({ ...draft, status: event.target.value as AlimtalkTemplate['status'] })
          }
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`cfg.alimtalk.status.${status}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {!readOnly && (
        <div className="jf-settings-actions">
          {!isNew && (
            <button
              type="button"
              className="jf-button jf-button-danger"
              style={{ marginRight: 'auto' }}
              onClick={() => setConfirming(true)}
            >
              {t('cfg.alimtalk.delete')}
            </button>
          )}
          <button type="button" className="jf-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <SubmitButton pending={save.isPending} />
        </div>
      )}
      {template && (
        <ConfirmDialog
          title={t('cfg.alimtalk.delete')}
          open={confirming}
          onClose={() => setConfirming(false)}
          caption={t('cfg.alimtalk.delete')}
          tone="danger"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate(template.code)}
        >
          <p>{t('cfg.alimtalk.deleteConfirm', { code: template.code })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
