import { CellInput, LocalizedText, Slug } from '@plan/indicators';
import * as z from 'zod';

/**
 * A calendar date as `YYYY-MM-DD`, and a real one (no 2025-02-30): an
 * amendment takes effect on a day, and assessments compare days.
 */
const IsoDay = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    },
    { message: 'not a calendar date' },
  );

/**
 * The document that decided an amendment (调整文件): its title as it names
 * itself, and its number (文号), date and address when known.
 */
export const DecidingDocument = /* @__PURE__ */ z
  .object({
    title: z.string().trim().min(1).describe('The title verbatim, e.g. 关于…规划中期调整的通知'),
    number: z.string().trim().min(1).optional().describe('The document number (文号)'),
    date: IsoDay.optional().describe('The date the document was issued'),
    url: z.url().optional(),
  })
  .strict()
  .meta({ id: 'DecidingDocument' });
export type DecidingDocument = z.infer<typeof DecidingDocument>;

const common = {
  id: Slug.describe('The amendment’s own id, unique in the plan file'),
  indicatorId: Slug.describe('The indicator amended (or the one a project target is linked to)'),
  targetId: z
    .string()
    .min(1)
    .optional()
    .describe('A project target (@plan/projects) amended with this indicator, when there is one'),
  region: Slug.optional().describe(
    'The region whose value is amended; the subject region when left out. The benchmark is never amended by the plan’s issuer',
  ),
  effectiveDate: IsoDay.describe('The first day the amended value is in force'),
  reason: z
    .union([z.string().trim().min(1), LocalizedText])
    .describe('Why: the Chinese text as the document gives it, or { zh, en }'),
  decidedBy: DecidingDocument,
  recordedAt: z.iso.datetime({ offset: true }).optional().describe('When it was entered here'),
};

/** A new target or baseline, printed as the amending document prints it. */
const ValueAmendment = /* @__PURE__ */ z
  .object({
    ...common,
    kind: z.enum(['target', 'baseline']),
    value: CellInput.describe(
      'The new value verbatim (≥95.0, 20左右, 35：65, or one text per part), read by the indicator’s unit',
    ),
  })
  .strict();

/** A new definition (口径) of the indicator; the name too when it changes. */
const DefinitionAmendment = /* @__PURE__ */ z
  .object({
    ...common,
    kind: z.literal('definition'),
    definition: LocalizedText.describe('The definition in force from the effective date'),
    name: LocalizedText.optional().describe('The indicator’s new name, when it changes'),
  })
  .strict();

/**
 * A change to a plan decided after it was issued (规划调整, 中期调整): a
 * target, a baseline or an indicator's definition, in force from a date, for
 * a reason, by a document. The original stays in the plan; `planInForce`
 * gives the plan as it stood on a date.
 */
export const Amendment = /* @__PURE__ */ z
  .discriminatedUnion('kind', [ValueAmendment, DefinitionAmendment])
  .meta({ id: 'Amendment' });
export type Amendment = z.infer<typeof Amendment>;
export type AmendmentInput = z.input<typeof Amendment>;
