import { type Indicator, type Plan, regionScopeOf } from '@plan/indicators';
import * as z from 'zod';
import { round } from '../_lib/numbers.js';
import { isoDay } from '../_lib/time.js';
import { AssessIndicatorOptions, resolveIndicatorOptions } from '../assessIndicator.js';
import { parseObservations } from '../parseObservations.js';
import { Method } from '../schema/assessInput.js';
import type { Observation } from '../schema/observation.js';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError, type ScoringIssue } from '../scoringInputError.js';
import { timeElapsed } from '../timeElapsed.js';
import { additiveChecksOf } from './_lib/additiveChecks.js';
import { completenessOf, periodsDue } from './_lib/completeness.js';
import { judgeRegion } from './_lib/judgeRegion.js';
import { OUTLIER_RULE, outliersOf } from './_lib/outliers.js';
import { rankRegions } from './_lib/ranking.js';
import { latestBy, scalarPoints } from './_lib/scalarPoints.js';
import { checkRegionTarget } from './checkRegionTarget.js';
import type { MatrixCell, RegionComparison } from './schema/regionComparison.js';
import type { RegionIndicatorAssessment } from './schema/regionJudging.js';
import { RegionTarget } from './schema/regionTarget.js';

/** DHIS2's data-quality guide treats districts reporting under 80% as possibly unrepresentative. */
const DEFAULT_COVERAGE_FLOOR = 0.8;

/** Options of `compareRegions`. */
export const CompareRegionsOptions = /* @__PURE__ */ z
  .object({
    asOf: IsoDate,
    method: Method,
    previousAsOf: IsoDate.optional().describe('The earlier date the change is measured from'),
    regionTargets: z
      .array(RegionTarget)
      .optional()
      .describe('Targets set for regions, with their sources'),
    weights: z
      .record(z.string(), z.number().finite().nonnegative())
      .optional()
      .describe('Weight per indicator id in the ranking (default 1 each)'),
    coverageFloor: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('The least share of indicators judged for a region to be ranked (default 0.8)'),
    onTrackTolerance: z.number().min(0).max(1).optional(),
  })
  .meta({ id: 'CompareRegionsOptions' });
export type CompareRegionsOptions = z.input<typeof CompareRegionsOptions>;

/** (latest − base) ÷ (aim − base) of a one-number indicator; null without the three or when aim = base. */
function completionOf(assessment: RegionIndicatorAssessment): number | null {
  if (assessment.quantities.length !== 1) return null;
  const [quantity] = assessment.quantities;
  if (!quantity?.baseline || !quantity.latest || !quantity.target) return null;
  const { target } = quantity;
  const aim =
    target.comparator === 'between' && quantity.direction === 'decrease' && target.upper !== null
      ? target.upper
      : target.value;
  const span = aim - quantity.baseline.value;
  return span === 0 ? null : round((quantity.latest.value - quantity.baseline.value) / span, 4);
}

function optionProblems(
  plan: Readonly<Plan>,
  options: z.output<typeof CompareRegionsOptions>,
): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  if (options.previousAsOf && isoDay(options.previousAsOf) >= isoDay(options.asOf)) {
    issues.push({
      path: ['previousAsOf'],
      message: `expected a date before asOf (${options.asOf})`,
    });
  }
  const seen = new Set<string>();
  (options.regionTargets ?? []).forEach((target, index) => {
    for (const problem of checkRegionTarget(plan, target)) {
      issues.push({ path: ['regionTargets', index, problem.path], message: problem.message });
    }
    const key = `${target.indicatorId}\u0000${target.region}`;
    if (seen.has(key)) {
      issues.push({
        path: ['regionTargets', index],
        message: `a second target for "${target.indicatorId}" in "${target.region}"`,
      });
    }
    seen.add(key);
  });
  return issues;
}

/**
 * Compares the regions directly under a plan's subject region (the nine 旗区
 * of a city): every indicator judged per region by `assessRegionIndicator`'s
 * rules, as a region × indicator matrix (status, latest value, completion
 * against 时序进度, change since `previousAsOf`); a ranking by a transparent
 * composite (status points, weights, coverage; a region with too little data
 * is unranked with the reason); DHIS2-style reporting completeness per year;
 * values far off a region's own trend, for review; and, for additive
 * indicators, the districts' sum beside the subject region's own figure
 * (never replacing it). Subject-only indicators are listed, not judged.
 *
 * @throws ScoringInputError for bad options, region targets that do not fit the plan, or observations that cannot belong to it
 * @example
 *   const comparison = compareRegions(ordosPlan, observations, { asOf: '2024-03-31', method: 'time-progress' });
 *   comparison.ranking.rows.map((row) => [row.region, row.rank, row.unranked?.en]);
 */
export function compareRegions(
  plan: Readonly<Plan>,
  observations: unknown,
  options: CompareRegionsOptions,
): RegionComparison {
  const parsed = CompareRegionsOptions.safeParse(options);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'options');
  const opts = parsed.data;
  const issues = optionProblems(plan, opts);
  if (issues.length > 0) throw new ScoringInputError(issues, 'options');

  const checked = parseObservations(plan, observations);
  const byKey = new Map<string, Observation[]>();
  for (const observation of checked) {
    const key = `${observation.indicatorId}\u0000${observation.region}`;
    const list = byKey.get(key);
    if (list) list.push(observation);
    else byKey.set(key, [observation]);
  }
  const observationsOf = (indicator: Indicator, region: string) =>
    byKey.get(`${indicator.id}\u0000${region}`) ?? [];
  const targets = new Map(
    (opts.regionTargets ?? []).map((target) => [
      `${target.indicatorId}\u0000${target.region}`,
      target,
    ]),
  );
  const optionsAt = (asOf: string) =>
    resolveIndicatorOptions(
      AssessIndicatorOptions.parse({
        method: opts.method,
        asOf,
        ...(opts.onTrackTolerance !== undefined ? { onTrackTolerance: opts.onTrackTolerance } : {}),
      }),
      plan,
    );
  const now = optionsAt(opts.asOf);
  const before = opts.previousAsOf ? optionsAt(opts.previousAsOf) : null;
  const asOfDay = isoDay(opts.asOf);
  const previousDay = opts.previousAsOf ? isoDay(opts.previousAsOf) : null;
  const elapsed = round(timeElapsed(plan, opts.asOf), 6) ?? 0;

  const regions = plan.regions.filter((region) => region.parent === plan.subjectRegion);
  const judgedPerRegion = plan.indicators.filter(
    (indicator) => regionScopeOf(indicator).judged === 'each-region',
  );
  const expectedIds = judgedPerRegion.map((indicator) => indicator.id);

  const judged = regions.map((region) => {
    const assessments: RegionIndicatorAssessment[] = [];
    const cells: MatrixCell[] = plan.indicators.map((indicator) => {
      const mine = observationsOf(indicator, region.id);
      const target = targets.get(`${indicator.id}\u0000${region.id}`);
      const assessment = judgeRegion(indicator, mine, now, region.id, target);
      assessments.push(assessment);
      const previous = before ? judgeRegion(indicator, mine, before, region.id, target) : null;
      const points = scalarPoints(indicator, mine);
      const latest = latestBy(points, asOfDay);
      const earlier = previousDay === null ? null : latestBy(points, previousDay);
      const notJudged = assessment.regionJudging.notJudgedReason;
      return {
        indicatorId: indicator.id,
        status: assessment.status,
        label: assessment.label,
        value: latest ? latest.value : null,
        date: latest ? latest.iso : null,
        completion: notJudged ? null : completionOf(assessment),
        timeElapsed: elapsed,
        baseline: assessment.regionJudging.baseline,
        target: assessment.regionJudging.target,
        change: latest && earlier ? round(latest.value - earlier.value, 6) : null,
        previousStatus: previous ? previous.status : null,
        ...(notJudged ? { notJudged } : {}),
      };
    });
    return { region: region.id, cells, assessments };
  });

  const upToAsOf = (indicator: Indicator, region: string) =>
    scalarPoints(indicator, observationsOf(indicator, region)).filter(
      (point) => point.day <= asOfDay,
    );

  return {
    planId: plan.id,
    subjectRegion: plan.subjectRegion,
    asOf: opts.asOf,
    previousAsOf: opts.previousAsOf ?? null,
    method: opts.method,
    timeElapsed: elapsed,
    regions: regions.map((region) => ({
      id: region.id,
      name: { zh: region.name.zh, en: region.name.en },
      level: region.level,
      divisionCode: region.divisionCode ?? null,
    })),
    indicators: plan.indicators.map((indicator) => indicator.id),
    matrix: judged.map(({ region, cells }) => ({ region, cells })),
    ranking: rankRegions(
      opts.method,
      judged,
      expectedIds,
      opts.weights ?? {},
      opts.coverageFloor ?? DEFAULT_COVERAGE_FLOOR,
    ),
    completeness: completenessOf(
      regions.map((region) => region.id),
      expectedIds,
      checked,
      periodsDue(plan.baselineYear, plan.targetYear, opts.asOf),
      opts.asOf,
    ),
    outlierRule: OUTLIER_RULE,
    outliers: regions.flatMap((region) =>
      judgedPerRegion.flatMap((indicator) =>
        outliersOf(region.id, indicator, upToAsOf(indicator, region.id)),
      ),
    ),
    additiveChecks: judgedPerRegion
      .filter((indicator) => regionScopeOf(indicator).additive)
      .flatMap((indicator) =>
        additiveChecksOf(
          indicator.id,
          regions.map((region) => ({ region: region.id, points: upToAsOf(indicator, region.id) })),
          upToAsOf(indicator, plan.subjectRegion),
        ),
      ),
  };
}
