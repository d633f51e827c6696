import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { journeysApi } from '../../../api/journeysApi';
import type { JourneyView } from '../../../api/journeyViewSchema';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import type { Translate } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';
import { loadJourneyIntoEditor } from '../utils/loadJourneyIntoEditor';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves the editor document with the revision it was loaded at. Autosaves shortly after the last
 * change; a 409 `stale_revision` opens the conflict dialog instead of overwriting someone's work.
 */
export function useJourneySaving(journey: JourneyView, t: Translate) {
  const queryClient = useQueryClient();
  const revision = useRef(journey.revision);
  const saving = useRef(false);
  const [state, setState] = useState<SaveState>('saved');
  const version = useEditorStore((s) => s.version);
  const savedVersion = useEditorStore((s) => s.savedVersion);
  const dirty = version !== savedVersion;

  const save = useCallback(
    async (options?: { silent?: boolean }) => {
      const store = useEditorStore.getState();
      if (saving.current || store.readOnly || store.journeyId !== journey.id) return;
      const savingVersion = store.version;
      if (savingVersion === store.savedVersion) return;
      saving.current = true;
      setState('saving');
      try {
        const updated = await journeysApi.update(journey.id, {
          graph: store.graph,
          settings: store.settings,
          revision: revision.current,
        });
        revision.current = updated.revision;
        useEditorStore.getState().markSaved(savingVersion);
        queryClient.setQueryData(queryKeys.journeys.detail(journey.id), updated);
        void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.list({}), exact: false });
        setState(useEditorStore.getState().version === savingVersion ? 'saved' : 'dirty');
        if (!options?.silent) pushToast('success', t('toast.saved'));
      } catch (error) {
        if (isApiError(error, 'stale_revision')) setState('conflict');
        else {
          setState('error');
          pushToast('error', error instanceof Error ? error.message : String(error));
        }
      } finally {
        saving.current = false;
      }
    },
    [journey.id, queryClient, t],
  );

  // Debounced autosave after each change (not while a conflict waits for the user's decision).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` restarts the debounce on every change.
  useEffect(() => {
    if (!dirty || state === 'conflict' || state === 'saving') return;
    setState('dirty');
    const timer = setTimeout(() => void save({ silent: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [version, dirty, state, save]);

  const reload = useCallback(async () => {
    const latest = await journeysApi.get(journey.id);
    revision.current = latest.revision;
    queryClient.setQueryData(queryKeys.journeys.detail(journey.id), latest);
    loadJourneyIntoEditor(latest);
    setState('saved');
  }, [journey.id, queryClient]);

  const overwrite = useCallback(async () => {
    const latest = await journeysApi.get(journey.id);
    revision.current = latest.revision;
    setState('dirty');
    await save();
  }, [journey.id, save]);

  return { state: dirty && state === 'saved' ? 'dirty' : state, dirty, save, reload, overwrite, revision };
}
