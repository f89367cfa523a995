import type { Plan, Region } from '@plan/indicators';
import type { Observation as StoredObservation } from '@plan/observations';
import { compareRegions, type RegionComparison, type RegionTarget } from '@plan/scoring';
import { format, parseISO, subYears } from 'date-fns';
import { byApproval } from '../assessment/byApproval.js';
import {
  selectObservations,
  toScoringObservation,
  type UsedObservation,
} from '../assessment/selectObservations.js';

/** What the figure behind one matrix cell rests on. */
export type FigureBasis = { illustrative: boolean; submitted: boolean };

/** The district section's data: the comparison, the regions compared, what each figure rests on. */
export type DistrictReport = {
  comparison: RegionComparison;
  /** The regions compared, in the comparison's order. */
  regions: Region[];
  /** By indicator id, then region id: the latest figure used for the cell. */
  figures: Readonly<Record<string, Readonly<Record<string, FigureBasis>>>>;
  includeSubmitted: boolean;
  /** Any figure the comparison used is illustrative demo data (示例数据). */
  showsIllustrative: boolean;
  /** Any figure the comparison used was submitted and is not yet approved. */
  showsSubmitted: boolean;
};

/** The comparison of a plan's regions: @plan/scoring's compareRegions, or a stand-in in tests. */
export type CompareRegions = (
  plan: Readonly<Plan>,
  observations: ReturnType<typeof toScoringObservation>[],
  options: {
    asOf: string;
    method: 'time-progress';
    regionTargets: RegionTarget[];
    previousAsOf: string;
  },
) => RegionComparison;

/** The same day a year earlier: the previous period of a yearly plan. */
export const previousPeriod = (asOf: string) => format(subYears(parseISO(asOf), 1), 'yyyy-MM-dd');

/**
 * Compares the plan's regions under its subject region (the districts) by
 * @plan/scoring's compareRegions, from stored observations: one
 * value per indicator, region and date by the API's rule, approved figures
 * only unless submitted ones are asked for, demo figures only when asked for;
 * and notes for each cell whether its figure is demo data or not yet
 * approved. Pure: the as-of date and the data come in as arguments.
 */
export function districtComparison(
  plan: Readonly<Plan>,
  stored: readonly StoredObservation[],
  options: {
    asOf: string;
    includeIllustrative: boolean;
    includeSubmitted: boolean;
    regionTargets: RegionTarget[];
    compare?: CompareRegions;
  },
): DistrictReport {
  const reviewed = byApproval(stored, options.includeSubmitted);
  const candidates = options.includeIllustrative
    ? reviewed
    : reviewed.filter((observation) => !observation.illustrative);
  const { observations } = selectObservations(
    candidates,
    plan.regions.map((region) => region.id),
  );
  const previousAsOf = previousPeriod(options.asOf);
  const compare = options.compare ?? compareRegions;
  const comparison = compare(plan, observations.map(toScoringObservation), {
    asOf: options.asOf,
    method: 'time-progress',
    regionTargets: options.regionTargets,
    previousAsOf,
  });
  const ids = comparison.regions.map((region) => region.id);
  const regions = ids.flatMap((id) => plan.regions.filter((region) => region.id === id));
  const used = observations.filter(
    (observation) => observation.day <= options.asOf && ids.includes(observation.region),
  );
  return {
    comparison,
    regions,
    figures: latestBases(used),
    includeSubmitted: options.includeSubmitted,
    showsIllustrative: used.some((observation) => observation.illustrative),
    showsSubmitted: used.some((observation) => observation.submitted),
  };
}

/** For each indicator and region, what its latest figure (the list is sorted by day) rests on. */
function latestBases(
  used: readonly UsedObservation[],
): Record<string, Record<string, FigureBasis>> {
  const figures: Record<string, Record<string, FigureBasis>> = {};
  for (const observation of used) {
    const byRegion = figures[observation.indicatorId] ?? {};
    byRegion[observation.region] = {
      illustrative: observation.illustrative,
      submitted: observation.submitted,
    };
    figures[observation.indicatorId] = byRegion;
  }
  return figures;
}
