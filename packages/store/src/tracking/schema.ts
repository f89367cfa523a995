import { isCalendarDate } from '@plan/observations';
import { z } from 'zod';

/**
 * The shapes of implementation tracking (抓落实) at the store's boundary: units, who is
 * responsible for which item, the measures' progress reports and their evidence. The API's
 * OpenAPI document is made from these, so they are the one source of the types.
 */

/** A unit's id: a lower-case slug (`basic-education-section`), stable when the unit is renamed. */
export const UnitId = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    'a unit id is a slug: lower-case letters, digits and hyphens, at most 64',
  )
  .describe('The unit’s id, a slug such as "basic-education-section"');

const UnitNameZh = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('The unit’s Chinese name (unique), e.g. 市教育局基础教育科');
const UnitNameEn = z.string().trim().min(1).max(200);

/** A unit to create. The plan names no units: they are entered by users, never made up. */
export const UnitInput = z
  .object({
    id: UnitId,
    nameZh: UnitNameZh,
    nameEn: UnitNameEn.nullable().optional().describe('The unit’s English name, when it has one'),
  })
  .strict()
  .meta({ id: 'UnitInput' });
export type UnitInput = z.infer<typeof UnitInput>;

/** A stored unit. */
export const Unit = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    // Optional in the type only (answers always carry them): clients typed before they existed still fit.
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('1 when created, +1 on every rename, retirement or return to service'),
    retiredAt: z
      .string()
      .nullable()
      .optional()
      .describe('When an admin retired the unit; null while it is in service'),
  })
  // Not "Unit": @plan/indicators registers that id for a unit of measure.
  .meta({ id: 'ResponsibleUnit' });
export type Unit = z.infer<typeof Unit>;

/**
 * A change to a unit (admin): its names, or `retired` to take it out of service (a retired unit
 * keeps what names it and is given no new work) or back in. At least one field.
 */
export const UnitPatch = z
  .object({
    nameZh: UnitNameZh.optional(),
    nameEn: UnitNameEn.nullable().optional().describe('The English name; null removes it'),
    retired: z
      .boolean()
      .optional()
      .describe('true retires the unit, false puts a retired unit back in service'),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one of nameZh, nameEn, retired')
  .meta({ id: 'UnitPatch' });
export type UnitPatch = z.infer<typeof UnitPatch>;

/** One change of a unit: what was done, by whom, when, and the unit before and after (null: deleted). */
export const UnitRevision = z
  .object({
    unitId: z.string(),
    version: z.number().int().positive(),
    action: z.enum(['renamed', 'retired', 'restored', 'deleted']),
    old: z.object({ nameZh: z.string(), nameEn: z.string().nullable(), retired: z.boolean() }),
    new: z
      .object({ nameZh: z.string(), nameEn: z.string().nullable(), retired: z.boolean() })
      .nullable(),
    actor: z.string(),
    actorId: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'UnitRevision' });
export type UnitRevision = z.infer<typeof UnitRevision>;

/** Who is responsible for an item: the lead unit (牵头单位) and the cooperating units (配合单位). */
export const Assignment = z
  .object({
    lead: z.string().nullable().describe('The lead unit’s id (牵头单位); null when none is set'),
    cooperating: z.array(z.string()).describe('The cooperating units’ ids (配合单位)'),
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof Assignment>;

/**
 * An assignment to set: units by id; a unit is the lead or a cooperating one, not both, and is
 * named once. An empty assignment (no lead, no cooperating) clears the item's owner.
 */
export const ResponsibilityInput = z
  .object({
    lead: UnitId.nullable().describe('The lead unit’s id (牵头单位), or null'),
    cooperating: z
      .array(UnitId)
      .max(50)
      .default([])
      .describe('The cooperating units’ ids (配合单位)'),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .optional()
      .describe('Why the assignment is made or changed; kept in the history'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.lead !== null && input.cooperating.includes(input.lead))
      ctx.addIssue({
        code: 'custom',
        path: ['cooperating'],
        message: `unit "${input.lead}" is the lead unit; it cannot also be a cooperating unit`,
        params: { zh: `单位“${input.lead}”是牵头单位，不能同时作为配合单位` },
      });
    if (new Set(input.cooperating).size !== input.cooperating.length)
      ctx.addIssue({
        code: 'custom',
        path: ['cooperating'],
        message: 'a cooperating unit is named twice',
        params: { zh: '同一配合单位填写了两次' },
      });
  })
  .meta({ id: 'ResponsibilityInput' });
export type ResponsibilityInput = z.infer<typeof ResponsibilityInput>;

/** Who is responsible for one item of a plan (a measure such as `P08-M2` or a target such as `T-P08-M2-1`). */
export const Responsibility = z
  .object({
    itemId: z.string().describe('A measure id (P08-M2) or a target id (T-P08-M2-1)'),
    lead: z.string().nullable(),
    cooperating: z.array(z.string()),
    version: z.number().int().positive().describe('1 when first set, +1 on every change'),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'Responsibility' });
export type Responsibility = z.infer<typeof Responsibility>;

/** One change of an item's responsibility: who made it, when, why, and the assignment before and after. */
export const ResponsibilityRevision = z
  .object({
    itemId: z.string(),
    version: z.number().int().positive().describe('The responsibility’s version after the change'),
    old: Assignment.nullable().describe('The assignment before; null for the first one'),
    new: Assignment,
    actor: z.string(),
    actorId: z
      .string()
      .nullable()
      .describe('The id of the token behind the change; null for the CLI'),
    at: z.string(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ResponsibilityRevision' });
export type ResponsibilityRevision = z.infer<typeof ResponsibilityRevision>;

/** How often a plan's units report on their measures. */
export const ReportingCycle = z
  .enum(['year', 'half', 'quarter'])
  .describe('year (年度, as the plan asks), half (半年) or quarter (季度)')
  .meta({ id: 'ReportingCycle' });
export type ReportingCycle = z.infer<typeof ReportingCycle>;

/** The statuses a unit may report for a measure: the tracking vocabulary less `not_reported`. */
export const ReportedStatus = z
  .enum(['done', 'on_track', 'at_risk', 'overdue'])
  .describe('done 已完成 · on_track 按计划推进 · at_risk 存在风险 · overdue 逾期未完成')
  .meta({ id: 'ReportedStatus' });
export type ReportedStatus = z.infer<typeof ReportedStatus>;

/** A reporting period: a year (`2024`), a half (`2024-H1`) or a quarter (`2024-Q3`). */
export const ReportPeriod = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'expected a period as 2024, 2024-H1 or 2024-Q3')
  .describe('The period reported on: 2024, 2024-H1 or 2024-Q3');

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

/** A deliverable that is not a number (出台《…》, 制定…方案, 建立…机制): done or not, when, and the document. */
export const Deliverable = z
  .object({
    done: z.boolean(),
    date: IsoDay.nullable().optional().describe('When it was done (YYYY-MM-DD)'),
    document: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .nullable()
      .optional()
      .describe('The document that delivers it, e.g. 《鄂尔多斯市…实施方案》'),
  })
  .strict()
  .meta({ id: 'Deliverable' });
export type Deliverable = z.infer<typeof Deliverable>;

/** What a unit (or the bureau) sends to report on a measure for one period. */
export const MeasureReportInput = z
  .object({
    period: ReportPeriod,
    status: ReportedStatus,
    percent: z.number().min(0).max(100).nullable().optional().describe('Percent complete, 0–100'),
    narrative: z
      .string()
      .trim()
      .min(1)
      .max(10_000)
      .describe('What was done, in Chinese (进展情况)'),
    deliverable: Deliverable.nullable().optional(),
  })
  .strict()
  .meta({ id: 'MeasureReportInput' });
export type MeasureReportInput = z.infer<typeof MeasureReportInput>;

/** A file or a link kept as evidence of a report; a file's bytes are fetched on their own. */
export const EvidenceMeta = z
  .object({
    id: z.string(),
    reportId: z.string(),
    kind: z.enum(['file', 'link']),
    name: z.string(),
    mediaType: z.string().nullable().describe('A file’s media type; null for a link'),
    size: z.number().int().nonnegative().nullable().describe('A file’s size in bytes'),
    sha256: z.string().nullable().describe('A file’s SHA-256, hex'),
    url: z.string().nullable().describe('A link’s address; null for a file'),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'EvidenceMeta' });
export type EvidenceMeta = z.infer<typeof EvidenceMeta>;

/** A link given as evidence: http(s) only. */
export const EvidenceLinkInput = z
  .object({
    kind: z.literal('link'),
    name: z.string().trim().min(1).max(200),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine(
        (text) => /^https?:\/\//i.test(text) && URL.canParse(text),
        'expected an http(s) URL',
      ),
  })
  .strict()
  .meta({ id: 'EvidenceLinkInput' });
export type EvidenceLinkInput = z.infer<typeof EvidenceLinkInput>;

/** A file to keep as evidence: the caller has checked its type and size. */
export type EvidenceFileInput = {
  kind: 'file';
  name: string;
  mediaType: string;
  bytes: Uint8Array;
};

export type EvidenceInput = EvidenceFileInput | EvidenceLinkInput;

/** A stored measure report, with the evidence attached to it. */
export const MeasureReport = z
  .object({
    id: z.string(),
    measureId: z.string(),
    period: z.string(),
    status: ReportedStatus,
    percent: z.number().nullable(),
    narrative: z.string(),
    deliverable: z
      .object({ done: z.boolean(), date: z.string().nullable(), document: z.string().nullable() })
      .nullable(),
    unit: z.string().nullable().describe('The unit reported for; null for the bureau'),
    reporter: z.string(),
    reporterId: z.string().nullable(),
    createdAt: z.string(),
    evidence: z.array(EvidenceMeta),
    // Optional in the type only (answers always carry them): clients typed before they existed still fit.
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('1 when sent, +1 when replaced; send If-Match: "<id>.v<version>" to change it'),
    updatedAt: z
      .string()
      .nullable()
      .optional()
      .describe('When the report was last replaced; null while it is as sent'),
    updatedBy: z.string().nullable().optional().describe('Who last replaced it'),
  })
  .meta({ id: 'MeasureReport' });
export type MeasureReport = z.infer<typeof MeasureReport>;

/** The content of a report as a revision keeps it (before or after a change). */
const ReportContent = MeasureReport.pick({
  period: true,
  status: true,
  percent: true,
  narrative: true,
  deliverable: true,
});

/** One replacement or withdrawal of a measure report: the report before and after (null: withdrawn). */
export const MeasureReportRevision = z
  .object({
    reportId: z.string(),
    version: z.number().int().positive().describe('The report’s version after the change'),
    action: z.enum(['replaced', 'withdrawn']),
    old: ReportContent,
    new: ReportContent.nullable(),
    reason: z.string().nullable(),
    actor: z.string(),
    actorId: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'MeasureReportRevision' });
export type MeasureReportRevision = z.infer<typeof MeasureReportRevision>;
