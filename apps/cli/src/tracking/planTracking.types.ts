/**
 * What the CLI reads of the plan's tracking (issue 15, COORD15 §3–§4): the
 * structural part of `trackPlan`'s answer (@plan/observations) and of the
 * store's units. Written as the narrowest shapes the CLI needs, so the
 * report's sections and `plan remind` are pure functions that tests feed by
 * hand; the real answer has more fields and fits these shapes.
 */

/** The one status vocabulary of targets and measures (@plan/scoring trackingStatuses). */
export const TRACKING_STATUSES = [
  'done',
  'on_track',
  'at_risk',
  'overdue',
  'not_reported',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export type Bilingual = { zh: string; en: string };

/** Who answers for an item: unit ids (the bureau enters them; the plan names none). */
export type Owner = { lead: string | null; cooperating: readonly string[] };

export type TrackedTarget = {
  targetId: string;
  status: TrackingStatus;
  aspirational: boolean;
  /** The deadline, ISO. */
  due: string;
  daysToDeadline: number;
  latest: { date: string; value: number; region: string } | null;
  progress: number | null;
  explanation: Bilingual;
  measureId: string | null;
  projectNumber: number | null;
  owner: Owner | null;
};

/** A measure's latest progress report, as much of it as the report shows. */
export type LatestReport = {
  period: string;
  status: string;
  percent?: number | null | undefined;
  narrative?: string | undefined;
  createdAt: string;
  reporter?: string | null | undefined;
  unit?: string | null | undefined;
  /** Files and links kept as evidence (a file's bytes are the API's to serve). */
  evidence?: readonly { kind: 'file' | 'link'; name: string; url: string | null }[] | undefined;
  deliverable?: { done: boolean; date: string | null; document: string | null } | null | undefined;
};

export type TrackedMeasure = {
  measureId: string;
  status: TrackingStatus;
  reportedStatus: string | null;
  conflict: Bilingual | null;
  latestReportPeriod: string | null;
  percent: number | null;
  explanation: Bilingual;
  projectNumber: number;
  owner: Owner | null;
  latestReport: LatestReport | null;
};

export type SupervisionReason = 'overdue' | 'at_risk' | 'not_updated';

export type SupervisionItem = {
  id: string;
  kind: 'target' | 'measure';
  projectNumber: number | null;
  status: TrackingStatus;
  reasons: readonly SupervisionReason[];
  since: string | null;
  leadUnit: string | null;
  cooperatingUnits: readonly string[];
  region: string | null;
  lastUpdate: string | null;
  explanation: Bilingual;
};

/** trackPlan's answer, as far as the CLI reads it. */
export type PlanTracking = {
  asOf: string;
  cycle: 'year' | 'half' | 'quarter';
  targets: readonly TrackedTarget[];
  measures: readonly TrackedMeasure[];
  supervision: readonly SupervisionItem[];
};

/** A unit (牵头/配合单位) as the store keeps it. */
export type UnitName = { id: string; nameZh: string; nameEn: string | null };
