import type { Plan } from '@plan/indicators';
import { type Observation, oneValuePerDate, toScoringObservations } from '@plan/observations';
import {
  type assessPlan,
  assessRegionIndicator,
  type Method,
  type RegionIndicatorAssessment,
  type RegionTarget,
  rollUp,
} from '@plan/scoring';

/**
 * Whether `region` is judged as a district: neither the plan's subject region nor its
 * benchmark (those are judged against the plan's own figures, as before).
 */
export function isDistrictOf(
  plan: Pick<Plan, 'subjectRegion' | 'benchmarkRegion'>,
  region: string,
) {
  return region !== plan.subjectRegion && region !== plan.benchmarkRegion;
}

/** A stored region target as assessRegionIndicator takes it (the API checked it when it was put). */
export function asRegionTarget(stored: {
  indicatorId: string;
  region: string;
  value: unknown;
  source: string;
  note: string | null;
}): RegionTarget {
  return { ...stored, value: stored.value as RegionTarget['value'] };
}

/**
 * A district's plan assessment, fairly (assessRegionIndicator of @plan/scoring): each indicator
 * from the district's own base-year value, against its region target or the city's ("city
 * target applied"); indicators about the city as a whole are listed, marked, and left out of the
 * roll-ups and the missing list (they are not missing: they are not the district's to report).
 * The answer has the shape of the plan assessment, each item with its `regionJudging`.
 */
export function districtAssessment(
  plan: Plan,
  stored: readonly Observation[],
  options: {
    region: string;
    method: Method;
    asOf: string;
    regionTargets: readonly RegionTarget[];
    /** The amendments that make `plan` the plan in force (as assessPlan takes them). */
    amendments?: Parameters<typeof assessPlan>[2]['amendments'];
    version: number;
  },
) {
  const { used, setAside } = oneValuePerDate(stored);
  const byIndicator = new Map<string, ReturnType<typeof toScoringObservations>>();
  for (const observation of toScoringObservations(used)) {
    const list = byIndicator.get(observation.indicatorId);
    if (list) list.push(observation);
    else byIndicator.set(observation.indicatorId, [observation]);
  }
  const targets = new Map(options.regionTargets.map((target) => [target.indicatorId, target]));
  const indicators: RegionIndicatorAssessment[] = plan.indicators.map((indicator) => {
    const regionTarget = targets.get(indicator.id);
    return assessRegionIndicator(plan, indicator, byIndicator.get(indicator.id) ?? [], {
      region: options.region,
      method: options.method,
      asOf: options.asOf,
      ...(regionTarget ? { regionTarget } : {}),
    });
  });
  const judged = indicators.filter((item) => item.regionJudging.notJudgedReason === undefined);
  return {
    planId: plan.id,
    title: { zh: plan.title.zh, en: plan.title.en },
    method: options.method,
    asOf: options.asOf,
    regions: [options.region],
    indicators,
    rollUps: {
      plan: rollUp(judged, { by: 'plan' }),
      regions: rollUp(judged, { by: 'region' }),
      tables: rollUp(judged, { by: 'table' }),
      categories: rollUp(judged, { by: 'category' }),
    },
    missing: judged
      .filter((item) => item.missing)
      .map((item) => ({ indicatorId: item.indicatorId, region: item.region })),
    ...(options.amendments
      ? { amendmentsApplied: options.amendments.map((amendment) => ({ ...amendment })) }
      : {}),
    illustrative: used.some((observation) => observation.illustrative),
    dataVersion: options.version,
    observationsUsed: used.length,
    setAside,
  };
}
