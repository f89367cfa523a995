import { type Indicator, ordosPlan, type Plan } from '@plan/indicators';
import * as z from 'zod';
import { assessQuantity, type IndicatorOptions } from './_lib/assessQuantity.js';
import { withExactScore } from './_lib/exactScore.js';
import { explainIndicator } from './_lib/explainIndicator.js';
import { type IndicatorSpecs, indicatorSpecs } from './_lib/indicatorSpecs.js';
import { checkObservations, shapeObservations } from './_lib/observations.js';
import { idOf, isStable, markStable, memoOn } from './_lib/stableLists.js';
import { Method } from './schema/assessInput.js';
import type { IndicatorAssessment } from './schema/indicatorAssessment.js';
import type { Observation, ObservationInput } from './schema/observation.js';
import { IsoDate, Year } from './schema/series.js';
import { ScoringInputError } from './scoringInputError.js';

/**
 * Options of `assessIndicator`. The plan's own figures (base and target year,
 * subject and benchmark regions) come from the `Plan` passed beside them; set
 * them here only to override it.
 */
export const AssessIndicatorOptions = /* @__PURE__ */ z
  .object({
    method: Method,
    asOf: IsoDate.optional(),
    region: z.string().min(1).optional().describe('Defaults to the plan’s subject region'),
    baselineYear: Year.optional().describe('Defaults to the plan’s base year'),
    targetYear: Year.optional().describe('Defaults to the plan’s target year'),
    subjectRegion: z
      .string()
      .min(1)
      .optional()
      .describe('The region the plan sets targets for; defaults to the plan’s'),
    benchmarkRegion: z
      .string()
      .min(1)
      .optional()
      .describe('The region printed beside it; defaults to the plan’s'),
    benchmarkName: z
      .object({ zh: z.string(), en: z.string() })
      .optional()
      .describe('The benchmark region’s name, for explanations; defaults to its name in the plan'),
    onTrackTolerance: z.number().min(0).max(1).optional(),
  })
  .meta({ id: 'AssessIndicatorOptions' });
export type AssessIndicatorOptions = z.input<typeof AssessIndicatorOptions>;

/** What `assessIndicator` reads of a plan: its years and regions. A whole `Plan` fits. */
export type PlanDefaults = Pick<
  Plan,
  'baselineYear' | 'targetYear' | 'subjectRegion' | 'benchmarkRegion' | 'regions'
>;

/** Fills the options' plan figures in from the plan, where the options leave them out. */
export function resolveIndicatorOptions(
  options: z.output<typeof AssessIndicatorOptions>,
  plan: Readonly<PlanDefaults>,
): IndicatorOptions {
  const benchmarkRegion = options.benchmarkRegion ?? plan.benchmarkRegion;
  const benchmark = plan.regions.find((region) => region.id === benchmarkRegion);
  return {
    method: options.method,
    asOf: options.asOf,
    onTrackTolerance: options.onTrackTolerance,
    baselineYear: options.baselineYear ?? plan.baselineYear,
    targetYear: options.targetYear ?? plan.targetYear,
    subjectRegion: options.subjectRegion ?? plan.subjectRegion,
    benchmarkRegion,
    benchmarkName:
      options.benchmarkName ??
      (benchmark
        ? { zh: benchmark.name.zh, en: benchmark.name.en }
        : { zh: benchmarkRegion, en: benchmarkRegion }),
  };
}

/**
 * Assesses one plan indicator for one region by one method, from the plan's
 * baseline and target and the observations given. It reads the plan's value
 * shapes: comparators (≥, ＞, 约/左右), a ratio scored on one share (职普比例
 * 40：60 on the vocational share, within its band), a split row scored per part
 * and combined (双师型 中职/高职), counts, decrease-is-better rows, and absent
 * baselines (`-`: the first observation becomes the base). For the subject
 * region it also compares with the benchmark region (内蒙古) where the plan
 * prints its values. A district or banner has no figures of its own in the
 * plan: the city's target is applied to it and its base comes from its
 * observations. The base and target years and the regions come from `plan`
 * (the Ordos plan when none is given).
 *
 * @throws ScoringInputError for bad options or observations that cannot belong to the indicator
 * @example
 *   const myopia = indicatorById('student-myopia-rate');
 *   assessIndicator(myopia, [{ indicatorId: 'student-myopia-rate', year: 2023, value: 57 }], {
 *     method: 'time-progress',
 *     asOf: '2024-03-31',
 *   }).status; // 'behind': completion 50% against time progress 60%
 */
export function assessIndicator(
  indicator: Indicator,
  observations: readonly ObservationInput[],
  options: AssessIndicatorOptions,
  plan: Readonly<PlanDefaults> = ordosPlan,
): IndicatorAssessment {
  const parsedOptions = AssessIndicatorOptions.safeParse(options);
  if (!parsedOptions.success) throw ScoringInputError.fromZod(parsedOptions.error, 'options');
  const opts = resolveIndicatorOptions(parsedOptions.data, plan);
  const region = parsedOptions.data.region ?? opts.subjectRegion;
  const shaped = shapeObservations(observations);
  const mine = checkObservations(
    shaped
      .map((observation, index) => ({ observation, index }))
      .filter(
        ({ observation }) =>
          observation.indicatorId === indicator.id &&
          (observation.region ?? opts.subjectRegion) === region,
      ),
    (id) => (id === indicator.id ? indicator : undefined),
    null,
    opts.subjectRegion,
  );
  return assessChecked(indicator, mine, opts, region);
}

const specsMemo = new WeakMap<object, Map<unknown, IndicatorSpecs>>();

/** Specs read off a stable list are kept: marked so that each quantity's series is kept too. */
function stableSpecs(mine: readonly Observation[], specs: IndicatorSpecs): IndicatorSpecs {
  if (isStable(mine)) for (const spec of specs.quantities) markStable(spec);
  return specs;
}

/**
 * `assessIndicator` on observations already checked and filtered to this indicator and region.
 * What does not depend on the as-of date is read off a stable list (see stableLists.ts) once.
 */
export function assessChecked(
  indicator: Indicator,
  mine: readonly Observation[],
  opts: IndicatorOptions,
  region: string,
): IndicatorAssessment {
  const specs0 = memoOn(
    specsMemo,
    mine,
    `${idOf(indicator)}\u0000${region}\u0000${opts.subjectRegion}\u0000${opts.benchmarkRegion}`,
    () => stableSpecs(mine, indicatorSpecs(indicator, mine, region, opts)),
  );
  const { quantities: specs, scoredOn } = specs0;
  const notes = [...specs0.notes];
  const quantities = specs.map((spec) => assessQuantity(indicator, spec, opts, notes));
  const { exactScore, ...verdict } = explainIndicator(opts.method, quantities, scoredOn);
  return withExactScore(
    {
      indicatorId: indicator.id,
      table: indicator.table,
      categoryPath: [...indicator.categoryPath],
      name: indicator.name,
      unit: { zh: indicator.unit.zh, en: indicator.unit.en, kind: indicator.unit.kind },
      region,
      method: opts.method,
      asOf: opts.asOf ?? null,
      status: verdict.status,
      label: verdict.label,
      score: verdict.score,
      colour: verdict.colour,
      missing: verdict.missing,
      achieved: verdict.achieved,
      explanation: verdict.explanation,
      scoredOn,
      quantities,
      combination: verdict.combination,
      notes,
    },
    exactScore,
  );
}
