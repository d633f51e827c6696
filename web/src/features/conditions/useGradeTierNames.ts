import { gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/apiRequest';
import { queryKeys } from '../../api/queryKeys';

/** The workspace's grade tier names in priority order (empty until loaded or when none are defined). */
export function useGradeTierNames(): readonly string[] {
  const tiers = useQuery({
    queryKey: queryKeys.grades.tiers,
    queryFn: ({ signal }) => apiRequest('/api/grades', { schema: gradeTiersSchema, signal }),
    staleTime: 60_000,
  });
  return tiers.data?.tiers.map((tier) => tier.name) ?? [];
}
