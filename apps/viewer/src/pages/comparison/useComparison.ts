import { useQuery } from '@tanstack/react-query';
import { getJson, withQuery } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type { Method } from '../../api/types.js';
import type { ComparisonAnswer } from './comparison.types.js';

/** What the comparison depends on: the as-of date, the method, and which figures count. */
export type ComparisonParams = {
  asOf: string;
  method: Method;
  illustrative: boolean;
  /** Count figures a district submitted that the city has not approved yet (marked as such) */
  includeSubmitted: boolean;
};

/**
 * The day a year before `asOf` (28 February for 29 February): the previous
 * period each cell's change is measured from, as the plan's figures are yearly.
 */
export function yearBefore(asOf: string): string {
  const [year, month, day] = asOf.split('-');
  const date = month === '02' && day === '29' ? '28' : day;
  return `${String(Number(year) - 1).padStart(4, '0')}-${month}-${date}`;
}

/** The comparison's cache key: with the plan second, as every key of a plan's data (queries.ts). */
export const comparisonKey = (planId: string | null, params: ComparisonParams) =>
  ['comparison', planId, params] as const;

/** GET /api/v1/comparison (…/plans/{planId}/comparison): the districts side by side, as the API judged them. */
export function useComparison(params: ComparisonParams) {
  const planId = usePlanId();
  return useQuery({
    queryKey: comparisonKey(planId, params),
    queryFn: ({ signal }) =>
      getJson<ComparisonAnswer>(
        withQuery(apiPath(planId, '/comparison'), {
          asOf: params.asOf,
          previousAsOf: yearBefore(params.asOf),
          method: params.method,
          includeIllustrative: params.illustrative ? 'true' : 'false',
          includeSubmitted: params.includeSubmitted ? 'true' : undefined,
        }),
        signal,
      ),
    placeholderData: (previous) => previous,
  });
}
