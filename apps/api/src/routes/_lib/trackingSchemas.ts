import { isCalendarDate } from '@plan/observations';
import { CumulativeTarget, LevelTarget, PaceTarget, PerUnitTarget } from '@plan/projects';
import { SupervisionItem, TrackingRollUp, TrackingStatus } from '@plan/scoring';
import { ReportedStatus, ReportingCycle, Unit as StoreUnit } from '@plan/store';
import { z } from 'zod';

export { ReportedStatus, ReportingCycle, SupervisionItem, TrackingStatus };

// The answers of the tracking routes (抓落实). The statuses and their meaning are @plan/scoring's
// tracking vocabulary; these schemas document the fields the API sends of them.

const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const Owner = z
  .object({
    lead: z.string().nullable().describe('The lead unit (牵头单位) id; null when none is set'),
    cooperating: z.array(z.string()).describe('Cooperating units (配合单位), ids'),
  })
  .nullable()
  .describe(
    'Who is responsible: the item’s own assignment, else (a target) its measure’s; null: not assigned (未指定). The plan names no units; the bureau enters them.',
  )
  .meta({ id: 'Owner' });

export const RollUp = TrackingRollUp;

/** How a target stands as of a day, beside the target as the plan prints it. */
const TargetTrackingFields = {
  status: TrackingStatus,
  due: z.string().describe('The deadline, ISO date'),
  daysToDeadline: z.number().int().describe('Negative once past'),
  latest: z
    .object({ date: z.string(), value: z.number(), region: z.string() })
    .nullable()
    .describe('The latest approved figure used'),
  progress: z.number().nullable().describe('0..1, capped; null without a figure'),
  projectedAtDeadline: z.number().nullable(),
  basis: z
    .enum(['indicator', 'own-figures'])
    .describe(
      'indicator: a level target linked to an indicator, judged from the indicator’s figures; own-figures: the target’s own (POST /observations with targetId)',
    ),
  byRegion: z
    .array(
      z.object({ region: z.string(), value: z.number().nullable(), met: z.boolean().nullable() }),
    )
    .optional()
    .describe('A per-district target (每个旗区): each 旗区’s figure and whether it meets it'),
  byYear: z
    .array(
      z.object({
        year: z.number().int(),
        value: z.number().nullable(),
        met: z.boolean().nullable(),
      }),
    )
    .optional()
    .describe(
      'A pace target (每年…): each year due so far, its change and whether it kept the pace',
    ),
  explanation: Bilingual,
  measureId: z.string().nullable(),
  projectNumber: z.number().int().nullable(),
  owner: Owner,
};
export const TrackedTarget = z
  .discriminatedUnion('kind', [
    LevelTarget.extend(TargetTrackingFields),
    CumulativeTarget.extend(TargetTrackingFields),
    PaceTarget.extend(TargetTrackingFields),
    PerUnitTarget.extend(TargetTrackingFields),
  ])
  .meta({ id: 'TrackedTarget' });
export type TrackedTarget = z.infer<typeof TrackedTarget>;
export const TRACKED_TARGET_FIELDS = Object.keys(
  TargetTrackingFields,
) as (keyof typeof TargetTrackingFields)[];

export const LatestReport = z
  .object({
    id: z.string(),
    period: z.string(),
    status: ReportedStatus,
    percent: z.number().nullable(),
    narrative: z.string(),
    unit: z.string().nullable(),
    reporter: z.string(),
    createdAt: z.string(),
    evidence: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['file', 'link']),
        name: z.string(),
        url: z.string().nullable(),
      }),
    ),
  })
  .nullable()
  .describe('The newest report, as GET /measures/{id}/reports gives it (evidence: name and kind)')
  .meta({ id: 'LatestMeasureReport' });

export const TrackedMeasure = z
  .object({
    id: z.string().describe('The measure id, e.g. P08-M2'),
    projectNumber: z.number().int(),
    text: z.string().describe('The measure as the plan prints it'),
    summary: z.object({ en: z.string() }),
    targetIds: z.array(z.string()),
    status: TrackingStatus,
    due: z.string().describe('The deadline, ISO date'),
    deliverableDone: z.boolean().nullable().describe('The latest report’s deliverable, if any'),
    derivedFrom: z
      .enum(['targets', 'reports', 'none'])
      .describe(
        'targets: from its targets’ statuses; reports: from the latest report; none: not reported',
      ),
    reportedStatus: ReportedStatus.nullable(),
    conflict: Bilingual.nullable().describe(
      'Set when the reported status contradicts the targets: flagged, not hidden',
    ),
    latestReportPeriod: z.string().nullable(),
    percent: z.number().nullable(),
    explanation: Bilingual,
    owner: Owner,
    latestReport: LatestReport,
  })
  .meta({ id: 'TrackedMeasure' });
export type TrackedMeasure = z.infer<typeof TrackedMeasure>;

export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');
export const AsOfQuery = IsoDay.optional().describe(
  'Judge as of this day (default: today on the server)',
);

/**
 * A unit (单位) as the store keeps it. Registered under its own name: @plan/indicators' "Unit" is
 * a unit of measure, and one id names one schema in the OpenAPI document.
 */
export const UnitRecord = StoreUnit.meta({ id: 'UnitRecord' });
