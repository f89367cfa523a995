import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import {
  openSdgStatuses,
  sdsnColours,
  sdsnStatuses,
  timeProgressStatuses,
  unsd2023Statuses,
  weatherStatuses,
} from '../statusLabels.js';
import { ScoringDirection, TargetComparator } from './assessInput.js';

const num = /* @__PURE__ */ z.number().nullable();

/** A trend carried to the target year (least squares or compound annual growth). */
export const TrendProjection = /* @__PURE__ */ z
  .object({
    rate: z.number().describe('Least squares: change per year. CAGR: compound annual growth rate'),
    valueAtTarget: num.describe('The value the trend gives at the target year'),
    crossing: num.describe(
      'Decimal year at which the trend reaches the target; null if it never does at this pace',
    ),
    yearMet: num.describe('The first year-end at or after the crossing'),
  })
  .meta({ id: 'TrendProjection' });
export type TrendProjection = z.infer<typeof TrendProjection>;

/** The value expected at the target year from the observed trend, and when the target would be met. */
export const Projection = /* @__PURE__ */ z
  .object({
    targetYear: z.number(),
    targetValue: z.number(),
    pointsUsed: z.number().int(),
    leastSquares: TrendProjection.nullable().describe('Least squares on all points'),
    cagr: TrendProjection.nullable().describe(
      'Compound annual growth from the base to the latest point',
    ),
  })
  .meta({ id: 'Projection' });
export type Projection = z.infer<typeof Projection>;

// Built in a pure call, so a bundler can drop it with the schemas that use it.
const common = /* @__PURE__ */ (() => ({
  label: LocalizedText.describe('The status in words, both languages'),
  explanation: LocalizedText.describe('Why the status is what it is, with the figures'),
}))();

/** The calculation components of a time-progress result: its inputs and every intermediate figure, to check it by hand. */
export const TimeProgressComponents = /* @__PURE__ */ z
  .object({
    direction: ScoringDirection,
    comparator: TargetComparator,
    target: z.string().nullable().describe('The target as a reader writes it: "≥ 95"'),
    baseDate: z.string().nullable(),
    baseValue: num,
    latestDate: z.string().nullable(),
    latestValue: num,
    targetDate: z.string().nullable(),
    targetValue: num.describe('The value aimed at (a band’s near edge)'),
    asOf: z.string().nullable(),
    pointsUsed: z.number().int(),
    pointsAfterAsOf: z.number().int(),
    completionProgress: num.describe(
      '(latest − base) / (target − base); null when the base already met the target',
    ),
    timeProgress: num.describe(
      'Elapsed share of base date → target date at the latest value’s date (calendar days)',
    ),
    timeProgressAtAsOf: num,
    onTrackTolerance: z.number(),
    expectedValue: num.describe('The value on the straight path at the latest value’s date'),
    differenceFromExpected: num,
    differenceToTarget: num,
    yearsRemaining: num,
    requiredAnnualPace: num.describe('Change per year still needed to reach the target on time'),
    targetDatePassed: z.boolean().nullable(),
    projection: Projection.nullable(),
    reason: z.enum(['no_target', 'no_data', 'one_point']).nullable(),
  })
  .meta({ id: 'TimeProgressComponents' });
export type TimeProgressComponents = z.infer<typeof TimeProgressComponents>;

/** A time-progress result: `status`, bilingual `label` and `explanation`, `score`, and its calculation components. */
export const TimeProgressResult = /* @__PURE__ */ z
  .object({
    method: z.literal('time-progress'),
    status: z.enum(timeProgressStatuses),
    ...common,
    score: num.describe('The completion progress'),
    components: TimeProgressComponents,
  })
  .meta({ id: 'TimeProgressResult' });
export type TimeProgressResult = z.infer<typeof TimeProgressResult>;

/** The calculation components of a open-sdg result: its inputs and every intermediate figure, to check it by hand. */
export const OpenSdgComponents = /* @__PURE__ */ z
  .object({
    calculation: z.enum(['with_target', 'without_target']),
    direction: ScoringDirection,
    d: z.number().describe('+1 when an increase is desired, −1 when a decrease is'),
    sign: z.number().describe('−1 when the base value is negative'),
    baseYear: num,
    baseValue: num,
    baseValueUsed: num.describe('The base in the formula: 0 is replaced by 0.001'),
    currentYear: num,
    currentValue: num,
    targetYear: num,
    targetValue: num,
    targetValueUsed: num.describe('The target in the formula: 0 is replaced by 0.001'),
    comparator: TargetComparator.nullable(),
    target: z.string().nullable(),
    limit: num,
    coefficient: num.describe('The scaling factor C for a natural limit (without a target)'),
    thresholds: z.object({ high: z.number(), med: z.number(), low: z.number() }),
    cagrObserved: num,
    cagrRequired: num,
    progressValue: num,
    targetAchieved: z.boolean(),
    asOf: z.string().nullable(),
    pointsUsed: z.number().int(),
    pointsAfterAsOf: z.number().int(),
    reason: z.enum(['no_data', 'one_point', 'sign_change', 'undefined_growth']).nullable(),
  })
  .meta({ id: 'OpenSdgComponents' });
export type OpenSdgComponents = z.infer<typeof OpenSdgComponents>;

/** A open-sdg result: `status`, bilingual `label` and `explanation`, `score`, and its calculation components. */
export const OpenSdgResult = /* @__PURE__ */ z
  .object({
    method: z.literal('open-sdg'),
    status: z.enum(openSdgStatuses),
    ...common,
    score: num.describe('−5 … +5; 5 when the target is achieved'),
    progressValue: num.describe('R with a target, s·d·CAGR without'),
    components: OpenSdgComponents,
  })
  .meta({ id: 'OpenSdgResult' });
export type OpenSdgResult = z.infer<typeof OpenSdgResult>;

/** The calculation components of a unsd-2023 result: its inputs and every intermediate figure, to check it by hand. */
export const Unsd2023Components = /* @__PURE__ */ z
  .object({
    calculation: z.enum(['with_target', 'without_target']),
    direction: ScoringDirection,
    sign: z.number(),
    baseYear: num,
    baseValue: num,
    latestYear: num,
    latestValue: num,
    targetYear: num,
    targetValue: num,
    comparator: TargetComparator.nullable(),
    target: z.string().nullable(),
    cagr: num,
    projectedValue: num.describe('latest × (1 + CAGR)^(target year − latest year)'),
    ratio: num.describe('(projected − base) / (target − base)'),
    thresholds: z.object({ high: z.number(), low: z.number() }),
    exception: z
      .enum(['latest_meets_target', 'within_one_point_of_limit', 'base_at_or_past_target'])
      .nullable(),
    asOf: z.string().nullable(),
    pointsUsed: z.number().int(),
    pointsAfterTargetYear: z.number().int(),
    pointsAfterAsOf: z.number().int(),
    reason: z.enum(['no_data', 'one_point', 'sign_change', 'undefined_growth']).nullable(),
  })
  .meta({ id: 'Unsd2023Components' });
export type Unsd2023Components = z.infer<typeof Unsd2023Components>;

/** A unsd-2023 result: `status`, bilingual `label` and `explanation`, `score`, and its calculation components. */
export const Unsd2023Result = /* @__PURE__ */ z
  .object({
    method: z.literal('unsd-2023'),
    status: z.enum(unsd2023Statuses),
    ...common,
    score: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    components: Unsd2023Components,
  })
  .meta({ id: 'Unsd2023Result' });
export type Unsd2023Result = z.infer<typeof Unsd2023Result>;

/** The calculation components of a weather result: its inputs and every intermediate figure, to check it by hand. */
export const WeatherComponents = /* @__PURE__ */ z
  .object({
    procedure: z.enum(['target', 'target_reached', 'direction']).nullable(),
    direction: ScoringDirection,
    window: z
      .array(z.object({ time: z.string(), value: z.number() }))
      .describe('The last (up to six) points used'),
    meanAnnualChange: num.describe('Mean of the annual changes over the window'),
    lastChange: num.describe('The last annual change'),
    latestYear: num,
    latestValue: num,
    targetYear: num,
    targetValue: num,
    target: z.string().nullable(),
    projectedValue: num,
    gap: num.describe('target − latest'),
    missShare: num.describe(
      '(target − projected) / (target − latest): the share of the gap the trend misses',
    ),
    asOf: z.string().nullable(),
    pointsUsed: z.number().int(),
    pointsAfterAsOf: z.number().int(),
    reason: z.enum(['too_few_points']).nullable(),
  })
  .meta({ id: 'WeatherComponents' });
export type WeatherComponents = z.infer<typeof WeatherComponents>;

/** A weather result: `status`, bilingual `label` and `explanation`, `score`, and its calculation components. */
export const WeatherResult = /* @__PURE__ */ z
  .object({
    method: z.literal('weather'),
    status: z.enum(weatherStatuses),
    ...common,
    score: z.null(),
    components: WeatherComponents,
  })
  .meta({ id: 'WeatherResult' });
export type WeatherResult = z.infer<typeof WeatherResult>;

/** The calculation components of a sdsn result: its inputs and every intermediate figure, to check it by hand. */
export const SdsnComponents = /* @__PURE__ */ z
  .object({
    direction: ScoringDirection,
    lowerBound: num,
    optimum: num,
    green: num,
    red: num,
    boundsFrom: z.enum(['input', 'defaults', 'mixed']),
    baseYear: num,
    baseScore: num,
    latestYear: num,
    latestValue: num,
    latestScore: num.describe('Rescaled 0–100 and clamped'),
    latestScoreUnclamped: num.describe('Rescaled without clamping: the trend uses it'),
    greenScore: num,
    redScore: num,
    targetYear: num,
    observedGrowth: num.describe('Score points per year, base → latest'),
    requiredGrowth: num.describe('Score points per year needed to reach green by the target year'),
    growthRatio: num,
    asOf: z.string().nullable(),
    pointsUsed: z.number().int(),
    pointsAfterAsOf: z.number().int(),
    reason: z
      .enum(['no_data', 'no_bounds', 'one_point', 'no_target', 'degenerate_bounds'])
      .nullable(),
  })
  .meta({ id: 'SdsnComponents' });
export type SdsnComponents = z.infer<typeof SdsnComponents>;

/** A sdsn result: `status`, bilingual `label` and `explanation`, `score`, and its calculation components. */
export const SdsnResult = /* @__PURE__ */ z
  .object({
    method: z.literal('sdsn'),
    status: z.enum(sdsnStatuses),
    ...common,
    score: num.describe('The latest value rescaled to 0–100'),
    colour: z.enum(sdsnColours),
    components: SdsnComponents,
  })
  .meta({ id: 'SdsnResult' });
export type SdsnResult = z.infer<typeof SdsnResult>;

/** What `assess` returns, by method. */
export const AssessResult = /* @__PURE__ */ z
  .discriminatedUnion('method', [
    TimeProgressResult,
    OpenSdgResult,
    Unsd2023Result,
    WeatherResult,
    SdsnResult,
  ])
  .meta({ id: 'AssessResult' });
export type AssessResult = z.infer<typeof AssessResult>;
