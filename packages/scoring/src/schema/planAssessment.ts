import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { Method } from './assessInput.js';
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
  })
  .meta({ id: 'PlanAssessment' });
export type PlanAssessment = z.infer<typeof PlanAssessment>;
