import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { AppliedAmendment } from './appliedAmendment.js';
import { Method } from './assessInput.js';
import { FinalEvaluation } from './finalEvaluation.js';
import { IndicatorAssessment } from './indicatorAssessment.js';
import { RollUp } from './rollUp.js';

/** A whole plan assessed by one method as of a date: every indicator per region, and the roll-ups. */
export const PlanAssessment = /* @__PURE__ */ z
  .object({
    planId: z.string(),
    title: LocalizedText,
    method: Method,
    asOf: z.string().nullable(),
    regions: z.array(z.string()),
    indicators: z.array(IndicatorAssessment),
    rollUps: z.object({
      plan: z.array(RollUp),
      regions: z.array(RollUp),
      tables: z.array(RollUp),
      categories: z.array(RollUp),
    }),
    missing: z
      .array(z.object({ indicatorId: z.string(), region: z.string() }))
      .describe('Indicators without data to judge by, per region'),
    amendmentsApplied: z
      .array(AppliedAmendment)
      .optional()
      .describe(
        'The amendments in force on the as-of date that the plan assessed includes; present when the caller passed them',
      ),
    finalEvaluation: FinalEvaluation.optional().describe(
      'As of a date after the plan’s end: the final evaluation (总结评估), each target met or not at the end date',
    ),
  })
  .meta({ id: 'PlanAssessment' });
export type PlanAssessment = z.infer<typeof PlanAssessment>;
