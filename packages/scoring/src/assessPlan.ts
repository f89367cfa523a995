import type { Plan } from '@plan/indicators';
import * as z from 'zod';
import { finalEvaluationOf, isPlanOver } from './_lib/finalOf.js';
import {
  AssessIndicatorOptions,
  assessChecked,
  resolveIndicatorOptions,
} from './assessIndicator.js';
import {
  type CheckedObservations,
  checkedGroups,
  checkPlanObservations,
  groupKey,
} from './checkPlanObservations.js';
import { assessRegionChecked } from './regions/assessRegionIndicator.js';
import type { RegionIndicatorAssessment } from './regions/schema/regionJudging.js';
import { RegionTarget } from './regions/schema/regionTarget.js';
import { rollUp } from './rollUp.js';
import { AppliedAmendment } from './schema/appliedAmendment.js';
import { Method } from './schema/assessInput.js';
import type { Observation } from './schema/observation.js';
import type { PlanAssessment } from './schema/planAssessment.js';
import { IsoDate } from './schema/series.js';
import { ScoringInputError } from './scoringInputError.js';

/** Options of `assessPlan`. */
export const AssessPlanOptions = /* @__PURE__ */ z
  .object({
    method: Method,
    asOf: IsoDate.optional(),
    region: z
      .string()
      .min(1)
      .optional()
      .describe('One region; defaults to the plan’s subject region'),
    regions: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Several regions, rolled up per region'),
    onTrackTolerance: z.number().min(0).max(1).optional(),
    weights: z
      .record(z.string(), z.number().finite().nonnegative())
      .optional()
      .describe('Weight per indicator id'),
    amendments: z
      .array(AppliedAmendment)
      .optional()
      .describe(
        'The amendments in force on the as-of date (`planInForce(…).applied` of @plan/plans), whose plan in force is the plan passed; the assessment lists them',
      ),
    regionTargets: z
      .array(RegionTarget)
      .optional()
      .describe(
        'Targets the bureau set for districts (the plan sets none): a district is judged against its own, else the subject region’s',
      ),
  })
  .meta({ id: 'AssessPlanOptions' });
export type AssessPlanOptions = z.input<typeof AssessPlanOptions>;

/**
 * Assesses every indicator of a plan by one method, as of a date, for one
 * region (by default the plan's subject) or several, and rolls the results up
 * by category, table, region and the whole plan. Observations are checked
 * against the plan first (see `parseObservations`). The result is plain JSON
 * for an HTTP API or a viewer.
 *
 * An amended plan (规划调整) is assessed as it stood on the as-of date: pass
 * the plan in force then (`planInForce(plan, amendments, asOf)` of
 * @plan/plans) and its `applied` amendments as `amendments`; the result lists
 * them as `amendmentsApplied`. As of a date after the plan's end the result
 * also holds the final evaluation (`finalEvaluation`, see `finalEvaluation`).
 *
 * @throws ScoringInputError for bad options, unknown regions, or observations that cannot belong to their indicator
 * @example
 *   const report = assessPlan(ordosPlan, observations, { method: 'time-progress', asOf: '2024-03-31' });
 *   report.rollUps.tables.map((table) => [table.id, table.counts]);
 */
export function assessPlan(
  plan: Readonly<Plan>,
  observations: unknown,
  options: AssessPlanOptions,
): PlanAssessment {
  const opts = checkPlanOptions(plan, options);
  return assessGroups(plan, checkedGroups(plan, checkPlanObservations(plan, observations)), opts);
}

/**
 * `assessPlan` on observations checked once by `checkPlanObservations`: the
 * same result as `assessPlan(plan, observations, options)`, without reading
 * and checking the observations again. Keep the checked observations per data
 * version and judge them on as many as-of dates and methods as asked. A plan in
 * force on another date (its targets amended) may be passed: the observations
 * are checked again only if it differs in what the check reads (indicators'
 * units and parts, regions).
 *
 * @throws ScoringInputError for bad options or unknown regions, as `assessPlan`
 * @throws TypeError when `checked` was not made by `checkPlanObservations` in this thread
 * @example
 *   const checked = checkPlanObservations(ordosPlan, observations); // once per data version
 *   assessPlanChecked(ordosPlan, checked, { method: 'time-progress', asOf: '2024-03-31' });
 */
export function assessPlanChecked(
  plan: Readonly<Plan>,
  checked: CheckedObservations,
  options: AssessPlanOptions,
): PlanAssessment {
  const opts = checkPlanOptions(plan, options);
  return assessGroups(plan, checkedGroups(plan, checked), opts);
}

/** The options parsed and checked against the plan (regions, amendments), or a ScoringInputError. */
function checkPlanOptions(plan: Readonly<Plan>, options: AssessPlanOptions) {
  const parsed = AssessPlanOptions.safeParse(options);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'options');
  const opts = parsed.data;
  const regionIds = new Set(plan.regions.map((region) => region.id));
  const regions = opts.regions ?? [opts.region ?? plan.subjectRegion];
  const unknown = regions.filter((region) => !regionIds.has(region));
  if (unknown.length > 0) {
    throw new ScoringInputError(
      unknown.map((region) => ({
        path: [opts.regions ? 'regions' : 'region'],
        message: `unknown region "${region}": expected one of ${[...regionIds].join(', ')}`,
      })),
      'options',
    );
  }
  // The amendments named must be of this plan, or the assessment would name what it did not judge.
  const indicatorIds = new Set(plan.indicators.map((indicator) => indicator.id));
  const strangers = (opts.amendments ?? []).flatMap((amendment, index) =>
    indicatorIds.has(amendment.indicatorId)
      ? []
      : [
          {
            path: ['amendments', index, 'indicatorId'],
            message: `unknown indicator "${amendment.indicatorId}": not in the plan`,
          },
        ],
  );
  if (strangers.length > 0) throw new ScoringInputError(strangers, 'options');
  return opts;
}

/** The judging itself, on observations grouped by indicator and region (see checkPlanObservations.ts). */
function assessGroups(
  plan: Readonly<Plan>,
  byKey: ReadonlyMap<string, readonly Observation[]>,
  opts: z.output<typeof AssessPlanOptions>,
): PlanAssessment {
  const regions = opts.regions ?? [opts.region ?? plan.subjectRegion];
  const indicatorOptions = resolveIndicatorOptions(
    AssessIndicatorOptions.parse({
      method: opts.method,
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(opts.onTrackTolerance !== undefined ? { onTrackTolerance: opts.onTrackTolerance } : {}),
    }),
    plan,
  );
  const observationsOf = (indicator: { id: string }, region: string) =>
    byKey.get(groupKey(indicator.id, region)) ?? [];
  // A district (neither the subject nor the benchmark) is judged fairly: from its own base-year
  // value, against its own target or the subject's, and not at all on what only the whole can be.
  const regionTargets = new Map(
    (opts.regionTargets ?? []).map((target) => [
      `${target.indicatorId}\u0000${target.region}`,
      target,
    ]),
  );
  const indicators = regions.flatMap((region) =>
    plan.indicators.map((indicator) => {
      if (region === plan.subjectRegion || region === plan.benchmarkRegion)
        return assessChecked(
          indicator,
          observationsOf(indicator, region),
          indicatorOptions,
          region,
        );
      const regionTarget = regionTargets.get(`${indicator.id}\u0000${region}`);
      // The options and observations are checked already: only the region target's fit is left.
      return assessRegionChecked(
        plan,
        indicator,
        observationsOf(indicator, region),
        region,
        indicatorOptions,
        regionTarget,
      );
    }),
  );
  // What a district is not judged on is neither rolled up nor missing: it is not the district's to report.
  const judged = indicators.filter(
    (assessment) =>
      !(
        'regionJudging' in assessment &&
        (assessment as RegionIndicatorAssessment).regionJudging.notJudgedReason !== undefined
      ),
  );
  // After the plan's end the final evaluation (总结评估) judges every target at its last day.
  const asOf = opts.asOf;
  const finalEvaluation =
    asOf !== undefined && isPlanOver(plan, asOf)
      ? finalEvaluationOf(plan, regions, observationsOf, { ...indicatorOptions, asOf }, indicators)
      : undefined;
  const weights = opts.weights ?? {};
  return {
    planId: plan.id,
    title: { zh: plan.title.zh, en: plan.title.en },
    method: opts.method,
    asOf: opts.asOf ?? null,
    regions,
    indicators,
    rollUps: {
      plan: rollUp(judged, { by: 'plan', weights }),
      regions: rollUp(judged, { by: 'region', weights }),
      tables: rollUp(judged, { by: 'table', weights }),
      categories: rollUp(judged, { by: 'category', weights }),
    },
    missing: judged
      .filter((assessment) => assessment.missing)
      .map((assessment) => ({ indicatorId: assessment.indicatorId, region: assessment.region })),
    ...(opts.amendments
      ? { amendmentsApplied: opts.amendments.map((amendment) => ({ ...amendment })) }
      : {}),
    ...(finalEvaluation ? { finalEvaluation } : {}),
  };
}
