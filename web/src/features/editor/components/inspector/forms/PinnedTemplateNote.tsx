import { useQuery } from '@tanstack/react-query';
import { journeysApi } from '../../../../../api/journeysApi';
import { queryKeys } from '../../../../../api/queryKeys';
import { useT } from '../../../../../i18n/useT';
import { useEditorStore } from '../../../store/editorStore';

/** Under a send step's template: which saved version of it the journey pinned at its last submit. */
export function PinnedTemplateNote({ templateId }: { readonly templateId: string }) {
  const t = useT();
  const journeyId = useEditorStore((state) => state.journeyId);
  const journey = useQuery({
    queryKey: queryKeys.journeys.detail(journeyId ?? ''),
    queryFn: ({ signal }) => journeysApi.get(journeyId ?? '', signal),
    enabled: Boolean(journeyId),
    // The editor owns this query (it never refetches it behind the canvas); only read what it loaded.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const pin = journey.data?.pinnedTemplates?.[templateId];
  if (!pin) return null;
  return (
    <p className="jf-hint" data-testid="pinned-template">
      {t('tplHistory.pinned', { name: pin.name, version: pin.version })}
    </p>
  );
}
