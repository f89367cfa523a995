import type { Indicator, Plan } from '@plan/indicators';
import * as z from 'zod';
import type { IndicatorOptions } from '../_lib/assessQuantity.js';
import { checkObservations, shapeObservations } from '../_lib/observations.js';
import { AssessIndicatorOptions, resolveIndicatorOptions } from '../assessIndicator.js';
import { Method } from '../schema/assessInput.js';
import type { Observation } from '../schema/observation.js';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import { judgeRegion } from './_lib/judgeRegion.js';
import { checkRegionTarget } from './checkRegionTarget.js';
import type { RegionIndicatorAssessment } from './schema/regionJudging.js';
import { RegionTarget } from './schema/regionTarget.js';

/** Options of `assessRegionIndicator`. */
export const AssessRegionIndicatorOptions = /* @__PURE__ */ z
  .object({
    region: z
      .string()
      .min(1)
      .describe('The region judged: a district, or the subject or benchmark region'),
    method: Method,
    asOf: IsoDate.optional(),
    regionTarget: RegionTarget.optional().describe('A target set for this region, with its source'),
    onTrackTolerance: z.number().min(0).max(1).optional(),
  })
  .meta({ id: 'AssessRegionIndicatorOptions' });
export type AssessRegionIndicatorOptions = z.input<typeof AssessRegionIndicatorOptions>;

/**
 * Judges one indicator for one region fairly. A district or banner (a region
 * under the plan's subject) is judged from its OWN value in the plan's base
 * year; without one it is not judged ("no district baseline": the method's
 * no-data status, with what is missing), never from the subject's baseline
 * or from a later first value. Its target is the region target when one is
 * given (with its source), else the subject's ("city target applied"), except
 * for an additive indicator, whose subject target is a total over the
 * districts: then there is none. An indicator about the subject as a whole
 * (`regionScope.judged: 'subject-only'`) is never scored per district. The
 * subject and benchmark regions are judged as `assessIndicator` judges them.
 * `regionJudging` says which of these applied.
 *
 * @throws ScoringInputError for bad options, an unknown region, a region target of another indicator or region or that does not fit, or observations that cannot belong to the indicator
 * @example
 *   const myopia = indicatorById('student-myopia-rate');
 *   assessRegionIndicator(ordosPlan, myopia, [
 *     { indicatorId: 'student-myopia-rate', region: 'dongsheng', year: 2020, value: 60 },
 *     { indicatorId: 'student-myopia-rate', region: 'dongsheng', year: 2023, value: 57 },
 *   ], { region: 'dongsheng', method: 'time-progress', asOf: '2024-03-31' }).regionJudging;
 *   // { baseline: 'region', target: 'subject-target', targetSource: null, missing: [] }
 */
export function assessRegionIndicator(
  plan: Readonly<Plan>,
  indicator: Indicator,
  observations: readonly unknown[],
  options: AssessRegionIndicatorOptions,
): RegionIndicatorAssessment {
  const parsed = AssessRegionIndicatorOptions.safeParse(options);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'options');
  const { region, regionTarget } = parsed.data;
  const regions = new Set(plan.regions.map((entry) => entry.id));
  if (!regions.has(region)) {
    throw new ScoringInputError(
      [
        {
          path: ['region'],
          message: `unknown region "${region}": expected one of ${[...regions].join(', ')}`,
        },
      ],
      'options',
    );
  }
  if (regionTarget) checkTargetFit(plan, indicator, region, regionTarget);
  const indicatorOptions = resolveIndicatorOptions(
    AssessIndicatorOptions.parse({
      method: parsed.data.method,
      ...(parsed.data.asOf ? { asOf: parsed.data.asOf } : {}),
      ...(parsed.data.onTrackTolerance !== undefined
        ? { onTrackTolerance: parsed.data.onTrackTolerance }
        : {}),
    }),
    plan,
  );
  const mine = checkObservations(
    shapeObservations(observations)
      .map((observation, index) => ({ observation, index }))
      .filter(
        ({ observation }) =>
          observation.indicatorId === indicator.id &&
          (observation.region ?? plan.subjectRegion) === region,
      ),
    (id) => (id === indicator.id ? indicator : undefined),
    regions,
    plan.subjectRegion,
  );
  return judgeRegion(indicator, mine, indicatorOptions, region, regionTarget);
}

/** A region target that is not of this indicator and region, or does not fit the plan: a ScoringInputError. */
function checkTargetFit(
  plan: Readonly<Plan>,
  indicator: Indicator,
  region: string,
  regionTarget: RegionTarget,
): void {
  const problems = checkRegionTarget(plan, regionTarget).map((problem) => ({
    path: ['regionTarget', problem.path],
    message: problem.message,
  }));
  if (regionTarget.indicatorId !== indicator.id) {
    problems.push({
      path: ['regionTarget', 'indicatorId'],
      message: `expected "${indicator.id}", the indicator judged`,
    });
  }
  if (regionTarget.region !== region) {
    problems.push({
      path: ['regionTarget', 'region'],
      message: `expected "${region}", the region judged`,
    });
  }
  if (problems.length > 0) throw new ScoringInputError(problems, 'options');
}

/**
 * `assessRegionIndicator` for `assessPlan`, which has checked the options, the
 * region and the observations already (the whole set, against the whole plan:
 * a subset that passed there passes here) and resolved the indicator options
 * the same way: only the region target's fit is checked.
 */
export function assessRegionChecked(
  plan: Readonly<Plan>,
  indicator: Indicator,
  mine: readonly Observation[],
  region: string,
  indicatorOptions: IndicatorOptions,
  regionTarget: RegionTarget | undefined,
): RegionIndicatorAssessment {
  if (regionTarget) checkTargetFit(plan, indicator, region, regionTarget);
  return judgeRegion(indicator, mine, indicatorOptions, region, regionTarget);
}
