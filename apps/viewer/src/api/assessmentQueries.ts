import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  type AssessmentSet,
  type IndicatorAssessments,
  toAssessmentSet,
  toIndicatorAssessments,
} from './assessments.js';
import { getJson, withQuery } from './client.js';
import { apiPath, type PlanId, usePlanId } from './planScope.js';
import { keys } from './queries.js';
import type {
  AssessmentsAnswer,
  IndicatorAssessmentsAnswer,
  Method,
  MilestonesAnswer,
} from './types.js';

// The assessment reads: in a module of their own, so the app's first chunk
// (the layout needs only the plan) does not carry their readers.

/** What an assessment read depends on (the settings of the view). */
type AssessmentParams = { asOf: string; method: Method; region: string; illustrative: boolean };

/** GET /api/v1/assessments of a plan, read as an `AssessmentSet`: for the hook and for prefetching. */
export function assessmentsQuery(
  planId: PlanId,
  { asOf, method, region, illustrative }: AssessmentParams,
) {
  const params = { asOf, method, region, illustrative };
  return queryOptions({
    queryKey: keys.assessments(planId, params),
    queryFn: async ({ signal }): Promise<AssessmentSet> =>
      toAssessmentSet(
        await getJson<AssessmentsAnswer>(
          withQuery(apiPath(planId, '/assessments'), {
            asOf: params.asOf,
            method: params.method,
            region: params.region,
            includeIllustrative: params.illustrative ? 'true' : 'false',
          }),
          signal,
        ),
      ),
  });
}

export function useAssessments(params: AssessmentParams) {
  return useQuery({
    ...assessmentsQuery(usePlanId(), params),
    placeholderData: (previous) => previous,
  });
}

/** One indicator by every method, side by side (GET /api/v1/indicators/{id}/assessment). */
export function useIndicatorAssessment(
  id: string,
  { asOf, region, illustrative }: { asOf: string; region: string; illustrative: boolean },
) {
  const planId = usePlanId();
  const params = { asOf, region, illustrative };
  return useQuery({
    queryKey: keys.indicatorAssessment(planId, id, params),
    queryFn: async ({ signal }): Promise<IndicatorAssessments> => {
      const answer = await getJson<IndicatorAssessmentsAnswer>(
        withQuery(apiPath(planId, `/indicators/${encodeURIComponent(id)}/assessment`), {
          asOf: params.asOf,
          region: params.region,
          includeIllustrative: params.illustrative ? 'true' : 'false',
        }),
        signal,
      );
      return toIndicatorAssessments(answer);
    },
  });
}

/** Where each target of the plan's text stands on the as-of date (GET /api/v1/milestones). */
export function useMilestones({
  asOf,
  region,
  illustrative,
}: {
  asOf: string;
  region: string;
  illustrative: boolean;
}) {
  const planId = usePlanId();
  const params = { asOf, region, illustrative };
  return useQuery({
    queryKey: keys.milestones(planId, params),
    queryFn: ({ signal }) =>
      getJson<MilestonesAnswer>(
        withQuery(apiPath(planId, '/milestones'), {
          asOf: params.asOf,
          region: params.region,
          includeIllustrative: params.illustrative ? 'true' : 'false',
        }),
        signal,
      ),
    placeholderData: (previous) => previous,
  });
}
