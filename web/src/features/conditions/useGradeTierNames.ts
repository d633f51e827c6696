import { gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/** The workspace's grade tier names in priority order (empty until loaded or when none are defined). */
export function useGradeTierNames(): readonly string[] {
  const tiers = useQuery({
    queryKey: queryKeys.grades.tiers,
    queryFn: ({ signal }) => api.get('/api/grades', { schema: gradeTiersSchema, signal }),
    staleTime: 60_000,
  });
  return tiers.data?.tiers.map((tier) => tier.name) ?? [];
}
