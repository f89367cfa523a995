import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { ScoringDirection, TargetComparator } from '../schema/assessInput.js';
import { IsoDate, Year } from '../schema/series.js';
import { reportedStatuses, trackingStatuses } from './statuses.js';

/** One of the five tracking statuses. */
export const TrackingStatus = /* @__PURE__ */ z
  .enum(trackingStatuses)
  .meta({ id: 'TrackingStatus' });
export type TrackingStatus = z.infer<typeof TrackingStatus>;

/** A status a unit may report for a measure. */
export const ReportedStatus = /* @__PURE__ */ z.enum(reportedStatuses);
export type ReportedStatus = z.infer<typeof ReportedStatus>;
// No schema ids on ReportedStatus, ReportingCycle and Deliverable: @plan/store registers its own
// (the API's request bodies), and an id names one schema in the registry.

/** How often units report: yearly (the plan's 年度监测), half-yearly or quarterly. */
export const ReportingCycle = /* @__PURE__ */ z.enum(['year', 'half', 'quarter']);
export type ReportingCycle = z.infer<typeof ReportingCycle>;

/**
 * The fields of a @plan/projects target that tracking reads (other fields are accepted and
 * ignored, so a project target can be passed as it is).
 */
export const TrackableTarget = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    kind: z.enum(['level', 'cumulative', 'pace', 'per-unit']),
    comparator: TargetComparator,
    value: z.number().finite(),
    upper: z.number().finite().optional(),
    unit: LocalizedText.optional(),
    deadline: z.object({
      year: Year,
      date: IsoDate.optional(),
      inferred: z.boolean().optional(),
    }),
    aspirational: z.boolean().optional(),
    per: z.union([z.literal('year'), LocalizedText]).optional(),
    change: z.enum(['increase', 'decrease']).optional().describe('pace: which way a year goes'),
    direction: ScoringDirection.optional().describe(
      'Which way is better; defaults to decrease for ≤ and <, increase otherwise',
    ),
    indicatorId: z.string().optional(),
  })
  .meta({ id: 'TrackableTarget' });
export type TrackableTarget = z.input<typeof TrackableTarget>;

/**
 * One figure for a target, in the target's printed unit: level → the value now; cumulative → done
 * so far since the plan's start; per-unit per 旗区 → that district's figure; other per-unit → the
 * least unit's value; pace → the year's change, signed (a fall is negative), dated in its year.
 */
export const TargetFigure = /* @__PURE__ */ z
  .object({
    date: IsoDate,
    value: z.number().finite(),
    region: z.string().min(1),
    approved: z.boolean().optional().describe('false: awaiting review, not counted'),
  })
  .meta({ id: 'TargetFigure' });
export type TargetFigure = z.input<typeof TargetFigure>;

/** Where one target stands. */
export const TargetTracking = /* @__PURE__ */ z
  .object({
    targetId: z.string(),
    kind: z.enum(['level', 'cumulative', 'pace', 'per-unit']),
    status: TrackingStatus,
    aspirational: z.boolean().describe('力争 / 争取: the plan only strives for it'),
    due: z.string().describe('The deadline, ISO'),
    daysToDeadline: z.number().int().describe('Negative once the deadline has passed'),
    latest: z
      .object({ date: z.string(), value: z.number(), region: z.string() })
      .nullable()
      .describe('The latest figure judged (pace: the latest yearly change)'),
    progress: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        'Share of the target reached, 0..1 (per 旗区: share of districts meeting it; pace: share of reported years meeting the pace)',
      ),
    projectedAtDeadline: z
      .number()
      .nullable()
      .describe('The linear trend carried to the deadline (cumulative: from zero at the start)'),
    basis: z
      .enum(['indicator', 'own-figures'])
      .describe("indicator: judged from its linked indicator's values; own-figures: its own"),
    byRegion: z
      .array(
        z.object({
          region: z.string(),
          value: z.number().nullable(),
          met: z.boolean().nullable(),
        }),
      )
      .optional()
      .describe('Per-旗区 targets: each district, null where it has not reported'),
    byYear: z
      .array(
        z.object({
          year: z.number().int(),
          value: z.number().nullable(),
          met: z.boolean().nullable(),
        }),
      )
      .optional()
      .describe('Pace targets: each year of the period due so far, its change'),
    explanation: LocalizedText,
  })
  .meta({ id: 'TargetTracking' });
export type TargetTracking = z.infer<typeof TargetTracking>;

/** A deliverable that is not a number (出台《…》, 制定…方案): done or not, when, which document. */
// In a pure function of no arguments, so that a bundle without tracking drops it whole (as a
// plain `/* @__PURE__ */ z.object({ done: z.boolean(), … })` its inner calls stay).
export const Deliverable = /* @__PURE__ */ (() =>
  z.object({
    done: z.boolean(),
    date: z.string().nullable().optional(),
    document: z.string().nullable().optional(),
  }))();
export type Deliverable = z.infer<typeof Deliverable>;

/** What measure tracking reads of a progress report (the store's MeasureReport fits). */
export const MeasureReportLike = /* @__PURE__ */ z
  .object({
    period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'expected 2024, 2024-H1 or 2024-Q3'),
    status: ReportedStatus,
    percent: z.number().min(0).max(100).nullable().optional(),
    createdAt: z.string(),
    deliverable: Deliverable.nullable().optional(),
  })
  .meta({ id: 'MeasureReportLike' });
export type MeasureReportLike = z.input<typeof MeasureReportLike>;

/** Where one measure (工作举措) stands. */
export const MeasureTracking = /* @__PURE__ */ z
  .object({
    measureId: z.string(),
    status: TrackingStatus,
    derivedFrom: z
      .enum(['targets', 'reports', 'none'])
      .describe('targets: the worst of its targets; reports: the latest report; none: nothing'),
    due: z.string().describe('The deadline, ISO'),
    reportedStatus: ReportedStatus.nullable().describe('The latest report’s status'),
    conflict: LocalizedText.nullable().describe(
      'Set when the reported status contradicts its targets: flagged, never hidden',
    ),
    latestReportPeriod: z.string().nullable(),
    percent: z
      .number()
      .nullable()
      .describe("The latest report's percent complete; else the mean progress of its targets"),
    deliverableDone: z.boolean().nullable().describe('The latest report’s deliverable, if any'),
    explanation: LocalizedText,
  })
  .meta({ id: 'MeasureTracking' });
export type MeasureTracking = z.infer<typeof MeasureTracking>;

/** One reporting period: `2024`, `2024-H1`, `2024-Q3`. */
export const ReportingPeriod = /* @__PURE__ */ z
  .object({ id: z.string(), start: z.string(), end: z.string() })
  .meta({ id: 'ReportingPeriod' });
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

/** A period whose report is due: by its end plus the grace days. */
export const DuePeriod = /* @__PURE__ */ ReportingPeriod.extend({ dueBy: z.string() }).meta({
  id: 'DuePeriod',
});
export type DuePeriod = z.infer<typeof DuePeriod>;

/** Why an item is on the supervision list. */
export const SupervisionReason = /* @__PURE__ */ z
  .enum(['overdue', 'at_risk', 'not_updated'])
  .meta({ id: 'SupervisionReason' });
export type SupervisionReason = z.infer<typeof SupervisionReason>;

/** An item (target or measure) the supervision list considers. */
export const SupervisedItemInput = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    kind: z.enum(['target', 'measure']),
    projectNumber: z.number().int().nullable(),
    status: TrackingStatus,
    due: IsoDate.describe('Its deadline'),
    leadUnit: z.string().nullable(),
    cooperatingUnits: z.array(z.string()),
    region: z.string().nullable(),
    laggingRegions: z.array(z.string()).optional(),
    overdueSince: IsoDate.nullable()
      .optional()
      .describe(
        'When it fell overdue, if before `due`: a measure overdue by a target due earlier than itself',
      ),
    lastUpdate: z
      .string()
      .nullable()
      .describe(
        'The day its latest figure refers to, or the end of its latest report’s period; null if none',
      ),
    explanation: LocalizedText,
  })
  .meta({ id: 'SupervisedItemInput' });
export type SupervisedItemInput = z.input<typeof SupervisedItemInput>;

/** One row of the supervision list (督办清单). */
export const SupervisionItem = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The target or measure id'),
    kind: z.enum(['target', 'measure']),
    projectNumber: z.number().int().nullable(),
    status: TrackingStatus,
    reasons: z.array(SupervisionReason).min(1),
    since: z
      .string()
      .nullable()
      .describe(
        'overdue: the deadline; not updated: when the last due report was due; at risk: its latest update',
      ),
    due: z.string(),
    leadUnit: z.string().nullable(),
    cooperatingUnits: z.array(z.string()),
    region: z.string().nullable(),
    laggingRegions: z
      .array(z.string())
      .describe('Per-旗区 targets: the districts not meeting it or not reported; else empty'),
    lastUpdate: z.string().nullable(),
    explanation: LocalizedText,
  })
  .meta({ id: 'SupervisionItem' });
export type SupervisionItem = z.infer<typeof SupervisionItem>;

/** How many items are in each status. */
export const TrackingRollUp = /* @__PURE__ */ z
  .object({
    done: z.number().int(),
    on_track: z.number().int(),
    at_risk: z.number().int(),
    overdue: z.number().int(),
    not_reported: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'TrackingRollUp' });
export type TrackingRollUp = z.infer<typeof TrackingRollUp>;
