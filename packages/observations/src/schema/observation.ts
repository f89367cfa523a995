import { ObservationValue } from '@plan/indicators';
import * as z from 'zod';
import { isCalendarDate, NOTE_MAX, sourceProblem, YEAR_RANGE } from '../observationFields.js';

// The value's shape (a number, `{ ratio }` or `{ parts }`) is @plan/indicators', the same one
// @plan/scoring reads, so what is stored is exactly what the methods judge.
export { ObservationValue };

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

export const Source = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const problem = sourceProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A target's id as @plan/projects writes it: `T-P08-M2-1`, `T-C3S4-2` (indicator ids never start so). */
export const TARGET_ID_PATTERN = /^T-[A-Za-z0-9-]+$/;

/**
 * What a client sends to record one observation. Give `indicatorId` (an indicator's figure) or
 * `targetId` (a quantified target's own figure, in the target's printed unit), exactly one; and
 * `year` or `date`, not both.
 */
export const ObservationInput = z
  .object({
    indicatorId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The indicator the figure is for; or give targetId for a target's own figure"),
    targetId: z
      .string()
      .max(100)
      .regex(TARGET_ID_PATTERN, 'expected a target id such as "T-P08-M2-1"')
      .optional()
      .describe(
        "In place of indicatorId: a quantified target's own figure (T-…), a plain number in the target's printed unit — level: the value now; cumulative: done so far since the plan's start; per 旗区: that district's figure (region); other per-unit: the least unit's value; pace: the year's change, signed. A target linked to an indicator takes the indicator's figures instead.",
      ),
    region: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("Region id; default the plan's subject region"),
    year: z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).optional(),
    date: IsoDay.optional(),
    value: ObservationValue,
    source: Source.optional().describe(
      'Where the figure comes from (default "api"); "demo" marks illustrative data (示例数据)',
    ),
    note: z.string().max(NOTE_MAX).nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.indicatorId === undefined) === (input.targetId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [input.indicatorId === undefined ? 'indicatorId' : 'targetId'],
        message:
          "give either indicatorId (an indicator's figure) or targetId (a target's own figure), exactly one",
      });
    }
    if ((input.year === undefined) === (input.date === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'give either year or date (YYYY-MM-DD), exactly one',
      });
    }
  })
  .meta({ id: 'ObservationInput' });
export type ObservationInput = z.infer<typeof ObservationInput>;

// Defaults are applied after parsing rather than by zod, so the OpenAPI document
// (and the typed client) shows these fields as optional in requests. The default
// region is the plan's subject region (`plan.subjectRegion`), not a constant.
// The source names live in the zod-free ../sources.ts (re-exported here for the schema's readers).
export { DEFAULT_SOURCE } from '../sources.js';

/** A correction: the fields to change, and why. */
export const ObservationPatch = z
  .object({
    value: ObservationValue.optional(),
    note: z.string().max(NOTE_MAX).nullable().optional(),
    source: Source.optional(),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe('Why the value changed; kept in the history'),
  })
  .strict()
  .refine(
    (patch) => patch.value !== undefined || patch.note !== undefined || patch.source !== undefined,
    {
      message: 'nothing to change: give value, note or source',
    },
  )
  .meta({ id: 'ObservationPatch' });
export type ObservationPatch = z.infer<typeof ObservationPatch>;

/**
 * Where a figure stands in the city's review: a district's figure is `submitted`, then the city
 * `approved` it or `returned` it with a reason (the district corrects and resubmits). Figures that
 * need no review (the city's own, imports by the bureau, everything stored before) are `approved`.
 */
export const Approval = z
  .enum(['submitted', 'approved', 'returned'])
  .describe(
    'Review state: "submitted" (entered by a district, awaiting the city), "approved" (counts in assessments), "returned" (sent back with a reason, to be corrected and resubmitted)',
  )
  .meta({ id: 'Approval' });
export type Approval = z.infer<typeof Approval>;

/** A stored observation. */
export const Observation = z
  .object({
    id: z.string(),
    indicatorId: z
      .string()
      .describe("The indicator's id; for a target's own figure, the target's id (as targetId)"),
    targetId: z
      .string()
      .nullable()
      .describe(
        "The target's id when the figure is a target's own (then indicatorId holds it too); null for an indicator's figure",
      ),
    region: z.string(),
    year: z.number().int(),
    date: z.string().describe('The day the value refers to; a yearly value is dated 31 December'),
    period: z.enum(['year', 'date']),
    value: ObservationValue,
    source: z.string(),
    illustrative: z.boolean().describe('true for demo figures (示例数据), never official'),
    note: z.string().nullable(),
    createdReason: z
      .string()
      .nullable()
      .describe('Why it was recorded: "import", the plan’s baseline-year values, 示例数据 …'),
    version: z.number().int().positive(),
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    approval: Approval,
    approvalReason: z
      .string()
      .nullable()
      .describe(
        'Why the city last returned the figure; kept after resubmission and approval (the history has every step); null if it was never returned',
      ),
    reviewedBy: z
      .string()
      .nullable()
      .describe(
        'The name of the token that last approved or returned the figure; null if never reviewed',
      ),
    reviewedAt: z
      .string()
      .nullable()
      .describe('When the figure was last approved or returned; null if never reviewed'),
  })
  .meta({ id: 'Observation' });
export type Observation = z.infer<typeof Observation>;

export const Revision = z
  .object({
    revision: z.number().int().positive(),
    action: z
      .enum(['create', 'update', 'delete', 'approve', 'return'])
      .describe(
        'What the step did; "approve" and "return" are the city\'s review (the approval it left is `new.approval`), a resubmission is an "update" whose `new.approval` is "submitted"',
      ),
    actor: z
      .string()
      .describe('The name of the token that made the change (unique among tokens), or seed / cli'),
    actorId: z
      .string()
      .nullable()
      .describe(
        'The id of the token that made the change; null for the seed, the CLI and changes made before ids were recorded',
      ),
    at: z.string(),
    old: Observation.nullable(),
    new: Observation.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Revision' });
export type Revision = z.infer<typeof Revision>;

/**
 * An observation ready to be stored: region and source filled in, a yearly
 * value dated 31 December of its year (so yearly and dated values sort together).
 */
export type NewObservation = Omit<
  ObservationInput,
  'year' | 'date' | 'region' | 'source' | 'indicatorId' | 'targetId'
> & {
  /** The series key: the indicator's id, or for a target's own figure the target's id. */
  indicatorId: string;
  /** The target's id for a target's own figure (then equal to indicatorId); null or absent otherwise. */
  targetId?: string | null | undefined;
  region: string;
  source: string;
  date: string;
  year: number;
  period: 'year' | 'date';
  note?: string | null | undefined;
};

export { DEMO_SOURCE, PLAN_SOURCE } from '../sources.js';
