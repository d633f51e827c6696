import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { JourneyView } from '../../../api/journeyViewSchema';
import { queryKeys } from '../../../api/queryKeys';
import '../nodes/nodes.css';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo } from 'react';
import { useBlocker, useParams } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { useReviewComments } from '../../comments/useReviewComments';
import { useComplianceContext } from '../../compliance/useComplianceContext';
import { ReviewNotices } from '../../journeys/components/ReviewNotices';
import { LivePanel } from '../../live/components/LivePanel';
import { TestRunPanel } from '../../testRun/components/TestRunPanel';
import { useEditorShortcuts } from '../hooks/useEditorShortcuts';
import { useJourneySaving } from '../hooks/useJourneySaving';
import { useJourneyValidation } from '../hooks/useJourneyValidation';
import { useEditorStore } from '../store/editorStore';
import { useQuickAddStore } from '../store/quickAddStore';
import { loadJourneyIntoEditor } from '../utils/loadJourneyIntoEditor';
import { ConflictDialog } from './ConflictDialog';
import { EditorCanvas } from './EditorCanvas';
import { EditorReviewComments } from './EditorReviewComments';
import { EditorToolbar } from './EditorToolbar';
import { InspectorPanel } from './InspectorPanel';
import { IssuesPanel } from './IssuesPanel';
import { KnownValueLists } from './KnownValueLists';
import { Palette } from './Palette';
import { QuickAddDialog } from './QuickAddDialog';
import '../editor.css';

/** `/journeys/:id`: loads the journey, then hands it to the editor workspace. */
export function EditorPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useQuery({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) => journeysApi.get(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (query.isLoading) return <PageSkeleton rows={8} />;
  if (!query.data)
    return <div className="jf-page jf-error-text">{query.error?.message ?? t('common.error')}</div>;
  return (
    <ReactFlowProvider>
      <EditorWorkspace key={query.data.id} journey={query.data} />
    </ReactFlowProvider>
  );
}

function EditorWorkspace({ journey }: { readonly journey: JourneyView }) {
  const t = useT();
  const loaded = useEditorStore((state) => state.journeyId === journey.id);
  // Load once per journey; later server copies (after saves) must not reset the user's undo history.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the journey id on purpose.
  useEffect(() => {
    loadJourneyIntoEditor(journey);
    useQuickAddStore.getState().setEnabled(journey.status !== 'archived');
  }, [journey.id]);

  const graph = useEditorStore((state) => state.graph);
  const settings = useEditorStore((state) => state.settings);
  const compliance = useComplianceContext();
  const validation = useJourneyValidation(graph, settings, compliance);
  const saving = useJourneySaving(journey, t);
  const { screenToFlowPosition } = useReactFlow();
  const review = useReviewComments(journey.id);

  const openQuickAdd = useCallback(() => {
    const store = useEditorStore.getState();
    const anchor = store.graph.nodes.find((node) => node.id === store.selectedNodeIds[0]);
    if (anchor) {
      useQuickAddStore
        .getState()
        .open({ afterNodeId: anchor.id, position: { x: anchor.position.x, y: anchor.position.y + 160 } });
    } else {
      const canvas = document.querySelector('.jf-canvas')?.getBoundingClientRect();
      useQuickAddStore.getState().open({
        position: canvas
          ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }
          : { x: 400, y: 300 },
      });
    }
  }, []);
  useEditorShortcuts(t, openQuickAdd);

  // Palette click (keyboard users): add after the selected node, or in the middle of the view.
  const addFromPalette = useCallback(
    (type: NodeType) => {
      const store = useEditorStore.getState();
      const anchor = store.graph.nodes.find((node) => node.id === store.selectedNodeIds[0]);
      if (anchor) {
        store.addNode(type, { x: anchor.position.x, y: anchor.position.y + 160 }, { connectFrom: anchor.id });
        return;
      }
      const canvas = document.querySelector('.jf-canvas')?.getBoundingClientRect();
      const center = canvas
        ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 3 }
        : { x: 400, y: 200 };
      store.addNode(type, screenToFlowPosition(center));
    },
    [screenToFlowPosition],
  );

  // Unsaved-changes guard: in-app navigation asks; closing the tab gets the browser's own prompt.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => saving.dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('editor.leaveConfirm'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    if (!saving.dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saving.dirty]);

  const issueByNode = useMemo(() => validation.byNode, [validation.byNode]);
  if (!loaded) return <PageSkeleton rows={8} />;

  return (
    <div className="jf-editor" data-testid="journey-editor" data-journey-id={journey.id}>
      <EditorToolbar
        journey={journey}
        saving={saving}
        errorCount={validation.errorCount}
        onQuickAdd={openQuickAdd}
      />
      <ReviewNotices journey={journey} />
      <div className="jf-editor-body">
        <Palette onAdd={addFromPalette} />
        <EditorCanvas issues={issueByNode} comments={review.openByNode} />
        <div className="jf-side">
          <EditorLivePanel journey={journey} />
          <InspectorPanel issues={validation.issues} />
          <EditorReviewComments journeyId={journey.id} comments={review.comments} />
          <IssuesPanel
            issues={validation.issues}
            errorCount={validation.errorCount}
            warningCount={validation.warningCount}
          />
          <EditorTestRunPanel journeyId={journey.id} />
        </div>
      </div>
      <QuickAddDialog />
      <KnownValueLists />
      <ConflictDialog
        open={saving.state === 'conflict'}
        onReload={saving.reload}
        onOverwrite={saving.overwrite}
      />
    </div>
  );
}

/** The live panel, told which node is selected on the canvas (only this part re-renders on selection). */
function EditorLivePanel({ journey }: { readonly journey: JourneyView }) {
  const selectedNodeId = useEditorStore((state) => state.selectedNodeIds[0]);
  const node = useEditorStore((state) => state.graph.nodes.find((n) => n.id === selectedNodeId));
  const locale = useLocaleStore((state) => state.locale);
  const nodeName = node ? (node.label ?? nodeTypeLabel(node.type, locale)) : undefined;
  return (
    <LivePanel
      journeyId={journey.id}
      status={journey.status}
      selectedNodeId={selectedNodeId}
      nodeName={nodeName}
    />
  );
}

/** The test run panel, given the drawn steps and the journey's timezone from the editor's store. */
function EditorTestRunPanel({ journeyId }: { readonly journeyId: string }) {
  const nodes = useEditorStore((state) => state.graph.nodes);
  const timezone = useEditorStore((state) => state.settings.timezone);
  return <TestRunPanel journeyId={journeyId} nodes={nodes} timezone={timezone} />;
}
