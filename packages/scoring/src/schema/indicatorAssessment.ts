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
import { Method, ScoringDirection, TargetComparator } from './assessInput.js';
import { AssessResult } from './results.js';

/** Any method's status. */
export const AnyStatus = /* @__PURE__ */ z
  .enum([
    ...timeProgressStatuses,
    ...openSdgStatuses,
    ...unsd2023Statuses,
    ...weatherStatuses,
    ...sdsnStatuses,
  ])
  .meta({ id: 'AnyStatus' });
export type AnyStatus = z.infer<typeof AnyStatus>;

const num = /* @__PURE__ */ z.number().nullable();

/** Where a value stands against the benchmark region's value in the plan's baseline year and its target. */
export const BenchmarkComparison = /* @__PURE__ */ z
  .object({
    region: z.string(),
    value: z.number().describe('Our value compared: the latest observed, or the baseline'),
    valueTime: z.string(),
    baseline: num,
    baselinePrinted: z.string(),
    target: num,
    targetPrinted: z.string(),
    targetComparator: TargetComparator.nullable(),
    gapToBaseline: num.describe(
      'How far better (+) or worse (−) than the benchmark’s baseline, in the unit',
    ),
    gapToTarget: num.describe(
      'How far better (+) or worse (−) than the benchmark’s target, in the unit',
    ),
    meetsTarget: z.boolean().nullable(),
    colour: z
      .enum(sdsnColours)
      .describe(
        'green: meets the benchmark’s target; red: not past its baseline; yellow/orange between',
      ),
    explanation: LocalizedText,
  })
  .meta({ id: 'BenchmarkComparison' });
export type BenchmarkComparison = z.infer<typeof BenchmarkComparison>;

/** The assessment of one quantity: a whole indicator, or one part of a split one. */
export const QuantityAssessment = /* @__PURE__ */ z
  .object({
    part: z.string().nullable(),
    partLabel: LocalizedText.nullable(),
    direction: ScoringDirection,
    baseline: z
      .object({
        time: z.string(),
        value: z.number(),
        printed: z.string().nullable(),
        from: z.enum(['plan', 'observation']),
      })
      .nullable(),
    target: z
      .object({
        year: z.number(),
        value: z.number(),
        upper: num,
        comparator: TargetComparator,
        printed: z.string(),
        from: z
          .enum(['plan', 'subject', 'region'])
          .describe(
            'subject: the city’s target, applied to a district or banner; region: a target set for the region (see regionJudging)',
          ),
      })
      .nullable(),
    latest: z.object({ time: z.string(), value: z.number() }).nullable(),
    result: AssessResult.nullable().describe('null when there is no value to start from'),
    benchmark: BenchmarkComparison.nullable(),
  })
  .meta({ id: 'QuantityAssessment' });
export type QuantityAssessment = z.infer<typeof QuantityAssessment>;

/** One indicator of a plan, for one region, by one method. */
export const IndicatorAssessment = /* @__PURE__ */ z
  .object({
    indicatorId: z.string(),
    table: z.string(),
    categoryPath: z.array(z.string()),
    name: LocalizedText,
    unit: z.object({ zh: z.string(), en: z.string(), kind: z.string() }),
    region: z.string(),
    method: Method,
    asOf: z.string().nullable(),
    status: AnyStatus,
    label: LocalizedText,
    score: num,
    colour: z.enum(sdsnColours).nullable().describe('sdsn only: the dashboard colour'),
    missing: z
      .boolean()
      .describe('No data to judge progress by: counted as missing in roll-ups, never as zero'),
    achieved: z.boolean(),
    explanation: LocalizedText,
    scoredOn: LocalizedText.nullable().describe('For a ratio: the share that is scored'),
    quantities: z.array(QuantityAssessment).describe('One, or one per part of a split indicator'),
    combination: z
      .object({ rule: z.enum(['mean_score', 'worst_of']), assessed: z.number().int() })
      .nullable()
      .describe('How the parts were combined'),
    notes: z.array(LocalizedText),
  })
  .meta({ id: 'IndicatorAssessment' });
export type IndicatorAssessment = z.infer<typeof IndicatorAssessment>;
