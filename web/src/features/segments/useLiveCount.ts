import { type Condition, conditionSchema } from '@journeyflow/shared/journey/condition';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { segmentsClient } from './segmentsClient';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * The builder's live count: the server's preview of the condition being edited, 400 ms after the
 * last change, only once the condition is complete (valid).
 */
export function useLiveCount(condition: Condition | null) {
  const settled = useDebouncedValue(condition, 400);
  const valid = settled !== null && conditionSchema.safeParse(settled).success;
  const query = useQuery({
    queryKey: queryKeys.segments.preview(settled),
    queryFn: ({ signal }) => segmentsClient.previewDraft(settled as Condition, signal),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  return { ...query, valid, settling: settled !== condition };
}
