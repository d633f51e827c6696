import { useReactFlow } from '@xyflow/react';
import { Link } from 'react-router';
import { type JourneyView, reviewState, showsDraftState } from '../../../api/journeyViewSchema';
import { ActionButton } from '../../../components/ActionButton';
import { StatusBadge } from '../../../components/StatusBadge';
import { useT } from '../../../i18n/useT';
import { ActivePeriodBadge } from '../../journeys/components/ActivePeriodBadge';
import { WorkflowButtons } from '../../journeys/components/WorkflowButtons';
import type { useJourneySaving } from '../hooks/useJourneySaving';
import { useEditorStore } from '../store/editorStore';

type Saving = ReturnType<typeof useJourneySaving>;

export function EditorToolbar({
  journey,
  saving,
  errorCount,
  onQuickAdd,
}: {
  readonly journey: JourneyView;
  readonly saving: Saving;
  readonly errorCount: number;
  readonly onQuickAdd: () => void;
}) {
  const t = useT();
  const canUndo = useEditorStore((state) => state.past.length > 0);
  const canRedo = useEditorStore((state) => state.future.length > 0);
  const readOnly = useEditorStore((state) => state.readOnly);
  const { fitView } = useReactFlow();
  const stateText =
    saving.state === 'saving'
      ? t('editor.saving')
      : saving.state === 'saved'
        ? t('editor.saved')
        : t('editor.unsaved');
  return (
    <div className="jf-editor-toolbar">
      <Link to="/journeys" className="jf-back" aria-label={t('nav.journeys')}>
        ←
      </Link>
      <h1 className="jf-editor-title" title={journey.name}>
        {journey.name}
      </h1>
      <StatusBadge status={journey.status} />
      {showsDraftState(journey) && <StatusBadge status={reviewState(journey)} />}
      <ToolbarPeriodBadge />
      <span
        className={`jf-save-state state-${saving.state}`}
        data-testid="save-state"
        data-state={saving.state}
      >
        {stateText}
      </span>
      <div className="jf-toolbar-group" role="toolbar" aria-label={t('canvas.toolbar')}>
        <button
          type="button"
          className="jf-button jf-button-ghost"
          disabled={!canUndo || readOnly}
          onClick={() => useEditorStore.getState().undo()}
          aria-label={t('editor.undo')}
          title={`${t('editor.undo')} (Ctrl+Z)`}
        >
          ↶ {t('editor.undo')}
        </button>
        <button
          type="button"
          className="jf-button jf-button-ghost"
          disabled={!canRedo || readOnly}
          onClick={() => useEditorStore.getState().redo()}
          aria-label={t('editor.redo')}
          title={`${t('editor.redo')} (Ctrl+Shift+Z)`}
        >
          ↷ {t('editor.redo')}
        </button>
        <button
          type="button"
          className="jf-button jf-button-ghost"
          disabled={readOnly}
          onClick={onQuickAdd}
          title="/"
        >
          + {t('editor.quickAdd')}
        </button>
        <button
          type="button"
          className="jf-button jf-button-ghost"
          disabled={readOnly}
          onClick={() => {
            useEditorStore.getState().layout();
            requestAnimationFrame(() => void fitView({ padding: 0.2, duration: 200 }));
          }}
        >
          {t('editor.layout')}
        </button>
        <button
          type="button"
          className="jf-button jf-button-ghost"
          onClick={() => void fitView({ padding: 0.2, duration: 200 })}
        >
          {t('editor.fit')}
        </button>
      </div>
      <div className="jf-toolbar-group jf-toolbar-end">
        <Link to={`/journeys/${journey.id}/review`} className="jf-button jf-button-ghost">
          {t('editor.review')}
        </Link>
        <ActionButton
          name="Save"
          caption={t('editor.save')}
          disabled={readOnly || saving.state === 'saving'}
          onClick={() => void saving.save()}
        />
        <WorkflowButtons
          journey={journey}
          blocked={errorCount > 0}
          blockedReason={t('editor.submitBlocked')}
          beforeSubmit={() => saving.save({ silent: true })}
          onRevision={(revision) => {
            saving.revision.current = revision;
          }}
        />
      </div>
    </div>
  );
}

/** The draft's active period on the canvas toolbar: 예정 / 운영 중 / 종료됨 with the date in its title. */
function ToolbarPeriodBadge() {
  const settings = useEditorStore((state) => state.settings);
  return <ActivePeriodBadge settings={settings} />;
}
