import { TargetComparator } from '@plan/indicators';
import * as z from 'zod';
import {
  assessInputRule,
  BASE_VALUE_MESSAGE,
  FINITE_MESSAGE,
  targetRule,
} from '../_lib/assessInputRules.js';
import { IsoDate, SeriesPoint, Year } from './series.js';

/** The five published methods (see SCORING-METHODS.md and the package README). */
export const Method = /* @__PURE__ */ z
  .enum(['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'])
  .meta({ id: 'Method' });
export type Method = z.infer<typeof Method>;

/** Which way is better for the series being scored. */
export const ScoringDirection = /* @__PURE__ */ z
  .enum(['increase', 'decrease'])
  .meta({ id: 'ScoringDirection' });
export type ScoringDirection = z.infer<typeof ScoringDirection>;

/**
 * How a target is stated. `eq` (a plain number such as the plan's `99`) is met
 * once reached: at or above it when an increase is desired, at or below it when
 * a decrease is. `gte`/`gt`/`lte`/`lt` are the printed ≥ ＞ ≤ ＜; `about` (约 /
 * 左右) is met within `tolerance` of the value; `between` within `[value, upper]`.
 */
export { TargetComparator };

/** The value aimed for and when, e.g. `{ year: 2025, value: 99 }` (the plan's target year). */
export const AssessTarget = /* @__PURE__ */ z
  .object({
    year: Year.optional(),
    date: IsoDate.optional(),
    value: z.number().finite(FINITE_MESSAGE),
    comparator: TargetComparator.optional().describe('Defaults to `eq`: met once reached'),
    upper: z.number().finite().optional().describe('The upper end of a `between` target'),
    tolerance: z
      .number()
      .finite()
      .nonnegative()
      .optional()
      .describe(
        'For `about`: how far from the value still counts as met, in the unit (default 5% of the value)',
      ),
  })
  .superRefine(targetRule)
  .meta({ id: 'AssessTarget' });
export type AssessTarget = z.infer<typeof AssessTarget>;

/** What a quantity is; `percent` lets unsd-2023 apply its rule for 0% and 100% targets. */
export const ScoringUnit = /* @__PURE__ */ z
  .enum(['percent', 'count', 'amount', 'ratio'])
  .meta({ id: 'ScoringUnit' });
export type ScoringUnit = z.infer<typeof ScoringUnit>;

/**
 * The bounds and dashboard thresholds of the sdsn method, in the unit of the
 * series. Defaults for a plan: the base value is the lower bound and the red
 * threshold, the target is the optimum and the green threshold.
 */
export const SdsnBounds = /* @__PURE__ */ z
  .object({
    lowerBound: z.number().finite().optional().describe('Worst value, rescaled to 0'),
    optimum: z.number().finite().optional().describe('Best value, rescaled to 100'),
    green: z.number().finite().optional().describe('Reaching it is "achieved" (green)'),
    red: z
      .number()
      .finite()
      .optional()
      .describe('At or beyond it is red; yellow and orange split at the midpoint'),
  })
  .meta({ id: 'SdsnBounds' });
export type SdsnBounds = z.infer<typeof SdsnBounds>;

/**
 * The input of `assess`. `series[0]` is the base; every other point must come
 * after it, and no two points may fall on the same time (duplicate years are an
 * error, as in sdg-build).
 */
export const AssessInput = /* @__PURE__ */ z
  .object({
    method: Method,
    direction: ScoringDirection,
    series: z.array(SeriesPoint).min(1, BASE_VALUE_MESSAGE),
    target: AssessTarget.optional(),
    limit: z
      .number()
      .finite()
      .nullable()
      .optional()
      .describe('A natural limit such as 100 for a rate (open-sdg, without a target)'),
    asOf: IsoDate.optional().describe(
      'Only figures dated on or before it count; defaults to the latest figure',
    ),
    onTrackTolerance: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'time-progress: completion within this share of the time progress is on track (default 0.05)',
      ),
    unit: ScoringUnit.optional(),
    sdsn: SdsnBounds.optional(),
  })
  .superRefine(assessInputRule)
  .meta({ id: 'AssessInput' });
export type AssessInput = z.infer<typeof AssessInput>;
