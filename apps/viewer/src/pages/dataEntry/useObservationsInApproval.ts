import { useQuery } from '@tanstack/react-query';
import { usePlanId } from '../../api/planScope.js';
import { fetchAllObservations } from '../../api/queries.js';
import type { Observation } from '../../api/types.js';

/**
 * The chosen plan's observations in one approval state (GET …/observations?approval=),
 * illustrative ones included. Keyed under `observations`, so every write reads it again.
 */
export function useObservationsInApproval(approval: Observation['approval']) {
  const planId = usePlanId();
  return useQuery({
    queryKey: ['observations', planId, { approval }],
    queryFn: ({ signal }) =>
      fetchAllObservations({ approval, includeIllustrative: 'true' }, signal, planId),
  });
}
