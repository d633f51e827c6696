import { useQuery } from '@tanstack/react-query';
import { gradeKeys, gradesClient } from './gradesClient';

/** The workspace's grade tier names in priority order (empty until loaded or when none are defined). */
export function useGradeTierNames(): readonly string[] {
  const tiers = useQuery({
    queryKey: gradeKeys.tiers,
    queryFn: ({ signal }) => gradesClient.get(signal),
    staleTime: 60_000,
  });
  return tiers.data?.tiers.map((tier) => tier.name) ?? [];
}
