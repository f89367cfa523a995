import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { Method, ScoringDirection, TargetComparator } from './assessInput.js';
import { AnyStatus, IndicatorAssessment } from './indicatorAssessment.js';

const num = /* @__PURE__ */ z.number().nullable();
// In a pure function of no arguments, so that a bundle without the final evaluation drops it
// whole (as a plain `/* @__PURE__ */ z.object({ time: z.string(), … })` its inner calls stay).
const timedValue = /* @__PURE__ */ (() => z.object({ time: z.string(), value: z.number() }))();

/**
 * The verdict of a final evaluation (总结评估) at the plan's end: `met` when
 * the last value dated on or before the end meets the target's comparator,
 * `missed` when it does not, `no_data` when no value of the plan period is
 * known by the end, `no_target` when the plan sets none.
 */
export const FinalVerdict = /* @__PURE__ */ z
  .enum(['met', 'missed', 'no_data', 'no_target'])
  .meta({ id: 'FinalVerdict' });
export type FinalVerdict = z.infer<typeof FinalVerdict>;

/** One quantity (a whole indicator, or one part of a split one) at the plan's end. */
export const FinalQuantity = /* @__PURE__ */ z
  .object({
    part: z.string().nullable(),
    partLabel: LocalizedText.nullable(),
    direction: ScoringDirection,
    baseline: timedValue.nullable(),
    target: z
      .object({
        value: z.number(),
        upper: num,
        comparator: TargetComparator,
        printed: z.string(),
      })
      .nullable(),
    atEnd: timedValue
      .nullable()
      .describe('The last value dated on or before the end; null when the period has none'),
    verdict: FinalVerdict,
    difference: num.describe(
      'Value at the end − target, in the unit (for a range: from its nearer end, 0 inside)',
    ),
    shareOfWay: num.describe(
      '(value at the end − baseline) / (target − baseline): 1 is the whole way; null when target = baseline',
    ),
    afterDeadline: z
      .object({ time: z.string(), value: z.number(), met: z.boolean() })
      .nullable()
      .describe(
        'The latest value dated after the end and by the as-of date; it never changes the verdict',
      ),
  })
  .meta({ id: 'FinalQuantity' });
export type FinalQuantity = z.infer<typeof FinalQuantity>;

/** One indicator of a plan, for one region, judged at the plan's end. */
export const FinalIndicatorEvaluation = /* @__PURE__ */ IndicatorAssessment.pick({
  indicatorId: true,
  table: true,
  categoryPath: true,
  name: true,
  unit: true,
  region: true,
  scoredOn: true,
})
  .extend({
    verdict: FinalVerdict.describe(
      'met when every part with a target is met; no_data when a part has no value by the end',
    ),
    metAfterDeadline: z
      .boolean()
      .describe('Not met at the end, but a value after the deadline meets the target'),
    statusAtEnd: AnyStatus.describe('The method’s own status as of the end date'),
    labelAtEnd: LocalizedText,
    quantities: z.array(FinalQuantity),
    explanation: LocalizedText,
  })
  .meta({ id: 'FinalIndicatorEvaluation' });
export type FinalIndicatorEvaluation = z.infer<typeof FinalIndicatorEvaluation>;

/** The final evaluation (总结评估) of a plan: every target met or not at its end date. */
export const FinalEvaluation = /* @__PURE__ */ z
  .object({
    planId: z.string(),
    endDate: z.string().describe('The last day of the plan period'),
    asOf: z.string().describe('Values after the end date and up to this day are shown apart'),
    method: Method.describe('The method of `statusAtEnd`; the verdict is the target’s comparator'),
    regions: z.array(z.string()),
    indicators: z.array(FinalIndicatorEvaluation),
    counts: z
      .object({
        met: z.number().int(),
        missed: z.number().int(),
        no_data: z.number().int(),
        no_target: z.number().int(),
        metAfterDeadline: z.number().int(),
      })
      .describe('Indicators per verdict, over every region'),
  })
  .meta({ id: 'FinalEvaluation' });
export type FinalEvaluation = z.infer<typeof FinalEvaluation>;
