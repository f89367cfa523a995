import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { sdsnColours } from '../statusLabels.js';
import { Method } from './assessInput.js';
import { AnyStatus } from './indicatorAssessment.js';

/** What a roll-up groups by: the whole plan, a region, a table or a category. */
export const RollUpLevel = /* @__PURE__ */ z
  .enum(['plan', 'region', 'table', 'category'])
  .meta({ id: 'RollUpLevel' });
export type RollUpLevel = z.infer<typeof RollUpLevel>;

/** Indicator assessments summed up for a group: a category, a table, a region or the whole plan. */
export const RollUp = /* @__PURE__ */ z
  .object({
    level: RollUpLevel,
    id: z.string().describe('The table, category or region id; "plan" for the whole plan'),
    region: z
      .string()
      .nullable()
      .describe('The region the group is for; null when it spans regions'),
    method: Method,
    indicators: z.number().int(),
    assessed: z.number().int(),
    missing: z
      .number()
      .int()
      .describe('Indicators without data to judge by: reported, never counted as zero'),
    missingIndicators: z.array(z.object({ indicatorId: z.string(), region: z.string() })),
    achieved: z.number().int(),
    allAchieved: z.boolean().describe('Every indicator of the group achieved, none missing'),
    counts: z
      .record(z.string(), z.number().int())
      .describe('Indicators per status, every status of the method listed'),
    meanScore: z
      .number()
      .nullable()
      .describe(
        'The mean score of the assessed indicators; time-progress: the mean completion, each counted at most 100% (1)',
      ),
    weightedMeanScore: z
      .number()
      .nullable()
      .describe('The weighted mean score, capped as meanScore'),
    meanScoreUncapped: z
      .number()
      .nullable()
      .describe('The mean score without the cap: completion over 100% counted as it is'),
    weightedMeanScoreUncapped: z
      .number()
      .nullable()
      .describe('The weighted mean score without the cap'),
    totalWeight: z.number(),
    status: AnyStatus.describe(
      'open-sdg: from the mean score (sdg-build); others: the worst status',
    ),
    label: LocalizedText,
    worst: z
      .array(
        z.object({
          indicatorId: z.string(),
          region: z.string(),
          status: AnyStatus,
          score: z.number().nullable(),
        }),
      )
      .describe('The two worst assessed indicators'),
    colour: z
      .enum(sdsnColours)
      .nullable()
      .describe('sdsn: the group colour from its two worst indicators'),
  })
  .meta({ id: 'RollUp' });
export type RollUp = z.infer<typeof RollUp>;
