import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { indicatorsQuery, useObservations, usePlan, usePlanFile } from '../../api/queries.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';

/** The linked indicator of the predecessor plan and its observations, for the chart. */
export type PredecessorSeries = {
  plan: PlanSummary;
  /** The id of the linked indicator in the predecessor plan */
  indicatorId: string;
  /** The predecessor's indicator (its name), when its list could be read */
  indicator: Indicator | undefined;
  observations: Observation[];
};

/**
 * Where the plan continues an indicator of its predecessor (its file's
 * `succession.links`), that indicator's observations under the predecessor
 * plan. Read for the region on screen; the plan's own region (its subject)
 * reads as the predecessor's subject, as a successor plan is the same
 * government's. Undefined where there is no link or nothing could be read.
 */
export function usePredecessorSeries(
  indicatorId: string,
  plan: PlanSummary,
  settings: { region: string; illustrative: boolean },
): PredecessorSeries | undefined {
  const succession = usePlanFile(plan.id).data?.succession;
  const link = succession?.links.find((candidate) => candidate.to === indicatorId);
  const predecessorId = link && succession ? succession.predecessor : null;
  const predecessor = usePlan({ planId: predecessorId, enabled: predecessorId !== null });
  const indicators = useQuery({
    ...indicatorsQuery(predecessorId),
    enabled: predecessorId !== null,
  });
  const region =
    settings.region === plan.subjectRegion ? predecessor.data?.subjectRegion : settings.region;
  const observations = useObservations(
    { indicatorId: link?.from ?? '', region: region ?? '', illustrative: settings.illustrative },
    { planId: predecessorId, enabled: link !== undefined && region !== undefined },
  );
  return useMemo(
    () =>
      link && predecessor.data && observations.data
        ? {
            plan: predecessor.data,
            indicatorId: link.from,
            indicator: indicators.data?.find((candidate) => candidate.id === link.from),
            observations: observations.data.items,
          }
        : undefined,
    [link, predecessor.data, indicators.data, observations.data],
  );
}
