import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { milestoneStatuses } from '../statusLabels.js';
import { ScoringDirection, TargetComparator } from './assessInput.js';
import { IsoDate, Year } from './series.js';

/**
 * The fields of a @plan/projects target that a milestone status needs, and no
 * more: other fields are accepted and ignored, so a project target can be
 * passed as it is.
 */
export const MilestoneTarget = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    comparator: TargetComparator,
    value: z.number().finite(),
    upper: z.number().finite().optional().describe('The upper end of a "between" target'),
    deadline: z.object({
      year: Year,
      date: IsoDate.optional().describe('When given; otherwise the end of the year'),
      inferred: z.boolean().optional(),
    }),
    direction: ScoringDirection.optional().describe(
      'Defaults to decrease for ≤ and <, increase otherwise',
    ),
    indicatorId: z.string().optional(),
  })
  .superRefine((target, ctx) => {
    if (
      target.comparator === 'between' &&
      (target.upper === undefined || target.upper < target.value)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['upper'],
        message: 'a "between" target needs an upper end not below value',
      });
    }
  })
  .meta({ id: 'MilestoneTarget' });
export type MilestoneTarget = z.input<typeof MilestoneTarget>;

/** Where a milestone stands on an as-of date. */
export const MilestoneAssessment = /* @__PURE__ */ z
  .object({
    milestoneId: z.string(),
    status: z.enum(milestoneStatuses),
    label: LocalizedText,
    deadline: z.string(),
    deadlineInferred: z.boolean(),
    asOf: z.string(),
    daysToDeadline: z.number().int().describe('Negative once the deadline has passed'),
    latest: z.object({ time: z.string(), value: z.number() }).nullable(),
    firstMet: z.string().nullable().describe('When a value first met the target'),
    metLate: z.boolean().nullable(),
    projectedAtDeadline: z
      .number()
      .nullable()
      .describe('Least squares on the values, carried to the deadline'),
    onPace: z.boolean().nullable().describe('Whether that projection meets the target'),
    explanation: LocalizedText,
  })
  .meta({ id: 'MilestoneAssessment' });
export type MilestoneAssessment = z.infer<typeof MilestoneAssessment>;
