import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type { ReportingCycle } from '../../api/tracking.js';

/** GET /api/v1/reporting-cycle: how often the plan's measures are reported on (yearly by default). */
export function useReportingCycle() {
  const planId = usePlanId();
  return useQuery({
    queryKey: ['reporting-cycle', planId],
    queryFn: ({ signal }) =>
      getJson<{ cycle: ReportingCycle }>(apiPath(planId, '/reporting-cycle'), signal),
    select: (answer) => answer.cycle,
    staleTime: 5 * 60_000,
  });
}
