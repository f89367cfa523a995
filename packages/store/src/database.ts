import type { Approval } from '@plan/observations';

/** The tables of the store, as Kysely sees them. Both dialects share one schema. */
export interface Database {
  observations: ObservationRow;
  observation_revisions: RevisionRow;
  tokens: TokenRow;
  idempotency_keys: IdempotencyRow;
  store_meta: MetaRow;
  plans: PlanRow;
  region_targets: RegionTargetRow;
  units: UnitRow;
  unit_revisions: UnitRevisionRow;
  responsibilities: ResponsibilityRow;
  responsibility_revisions: ResponsibilityRevisionRow;
  measure_reports: MeasureReportRow;
  measure_report_revisions: MeasureReportRevisionRow;
  evidence: EvidenceRow;
  plan_settings: PlanSettingsRow;
  report_narratives: ReportNarrativeRow;
  report_narrative_revisions: ReportNarrativeRevisionRow;
  shared_limits: SharedLimitRow;
}

export interface ObservationRow {
  id: string;
  /** The plan the observation belongs to (migration 0003; rows made before belong to the Ordos plan). */
  plan_id: string;
  indicator_id: string;
  region: string;
  /** ISO date the value refers to; a yearly value is dated the last day of its year. */
  period_date: string;
  period_year: number;
  period_kind: 'year' | 'date';
  /** The value as JSON: a number, `{ "ratio": [40, 60] }` or `{ "parts": { "secondary": 60 } }`. */
  value_json: string;
  source: string;
  /** 1 for illustrative demo figures (示例数据): they never pass for official ones. */
  illustrative: number;
  note: string | null;
  /** Why the row was created (an import, the plan's baselines, demo data); the create entry of its history. */
  created_reason: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** The id of the token that created the row (migration 0002); null before it, and for the seed and the CLI. */
  created_by_id: string | null;
  /** The city's review (migration 0004): a district's figure is submitted, then approved or returned. */
  approval: Approval;
  /** Why the figure was last returned; null if it never was. */
  approval_reason: string | null;
  /** The name and token id of the last reviewer (approve or return), and when; null if never reviewed. */
  reviewed_by: string | null;
  reviewed_by_id: string | null;
  reviewed_at: string | null;
}

/**
 * A change to a stored observation (update or delete), with the row before and
 * after. Creation is not repeated here: the observation row (or the `old` side
 * of its first revision) already holds who created it, when and why.
 */
export interface RevisionRow {
  id: string;
  observation_id: string;
  revision: number;
  /** 'approve' and 'return' (migration 0004) are the city's review; a resubmission is an update. */
  action: 'update' | 'delete' | 'approve' | 'return';
  /**
   * The plan of the observation (migration 0004, backfilled from the observation; null for a
   * revision of an observation deleted before it, whose plan is not known).
   */
  plan_id: string | null;
  /** The name of the writer (a token's name, `seed`, …), as it was when the change was made. */
  actor: string;
  /** The id of the token behind the change (migration 0002); null before it, and for the seed and the CLI. */
  actor_id: string | null;
  /** The id of the token that created the observation, kept here so it outlives a deletion (0002). */
  created_by_id: string | null;
  at: string;
  old_json: string | null;
  new_json: string | null;
  reason: string | null;
}

export interface TokenRow {
  id: string;
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  token_hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  /** What the token may write, as TokenScope JSON (migration 0004); null = unrestricted, as before. */
  scope: string | null;
}

export interface IdempotencyRow {
  key: string;
  request_hash: string;
  created_at: string;
  response_json: string;
}

/** A plan added at run time (migration 0003); the built-in plans are not stored. */
export interface PlanRow {
  id: string;
  /** The plan file as it was accepted, so it is given back exactly. */
  file_json: string;
  created_at: string;
  /** The name of the writer, as it was when the plan was added. */
  created_by: string;
  /** The id of the token that added it; null for writers that are not tokens (the CLI). */
  actor_id: string | null;
}

/**
 * A district's target for an indicator (migration 0004), entered or imported by the bureau: the
 * plan sets none. One per plan, indicator and region; the caller checks the value.
 */
export interface RegionTargetRow {
  plan_id: string;
  indicator_id: string;
  region: string;
  /** The target as JSON, in the shape the indicator's target takes. */
  value_json: string;
  /** The document that set the target. */
  source: string;
  note: string | null;
  created_at: string;
  created_by: string;
  created_by_id: string | null;
  updated_at: string;
  updated_by: string;
  updated_by_id: string | null;
}

/**
 * A unit (单位) that can be given responsibility for plan items and report on them (migration
 * 0006). The plan names none: units are entered by users. Global, not per plan.
 */
export interface UnitRow {
  /** A slug, e.g. `basic-education-section`. */
  id: string;
  /** The Chinese name, unique: imports name units by it. */
  name_zh: string;
  name_en: string | null;
  created_at: string;
  created_by: string;
  created_by_id: string | null;
  /** 1 when created, +1 on every rename, retirement or return to service (0010). */
  version: number;
  /** When an admin retired the unit (0010); null while it is in service. */
  retired_at: string | null;
  retired_by: string | null;
  retired_by_id: string | null;
}

/** One change of a unit (0010): the unit before and after as JSON (after: null for a deletion). */
export interface UnitRevisionRow {
  id: string;
  unit_id: string;
  /** The unit's version after the change (for a deletion: the version deleted). */
  version: number;
  action: 'renamed' | 'retired' | 'restored' | 'deleted';
  old_json: string;
  new_json: string | null;
  actor: string;
  actor_id: string | null;
  at: string;
}

/**
 * Who is responsible for one item of a plan (a measure `P08-M2` or a target `T-P08-M2-1`):
 * the lead unit (牵头单位) and the cooperating units (配合单位), set by the bureau (0006).
 */
export interface ResponsibilityRow {
  plan_id: string;
  item_id: string;
  lead_unit: string | null;
  /** The cooperating units' ids as a JSON array. */
  cooperating_json: string;
  /** 1 when first set, +1 on every change. */
  version: number;
  updated_at: string;
  updated_by: string;
  updated_by_id: string | null;
}

/** One change of an item's responsibility, with the assignment before (null: none) and after (0006). */
export interface ResponsibilityRevisionRow {
  id: string;
  plan_id: string;
  item_id: string;
  /** The responsibility's version after this change: orders the history. */
  version: number;
  /** `{ lead, cooperating }` before the change as JSON; null for the first assignment. */
  old_json: string | null;
  new_json: string;
  actor: string;
  actor_id: string | null;
  at: string;
  reason: string | null;
}

/** A progress report on a measure for one reporting period (0006); replaced or withdrawn only with its history kept (0010). */
export interface MeasureReportRow {
  id: string;
  plan_id: string;
  measure_id: string;
  /** `2024`, `2024-H1` or `2024-Q3`. */
  period: string;
  status: 'done' | 'on_track' | 'at_risk' | 'overdue';
  /** Percent complete, 0–100; null when not given. */
  percent: number | null;
  narrative: string;
  /** `{ done, date, document }` as JSON for a deliverable that is not a number; null when none. */
  deliverable_json: string | null;
  /** The unit the report is for; null for the bureau's own report. */
  unit: string | null;
  reporter: string;
  reporter_id: string | null;
  created_at: string;
  /** 1 when sent, +1 when replaced or withdrawn (0010). */
  version: number;
  /** The last replacement's time and writer (0010); null while the report is as sent. */
  updated_at: string | null;
  updated_by: string | null;
  updated_by_id: string | null;
  /** When and by whom the report was withdrawn (0010): kept, but no longer read as a report. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawn_by_id: string | null;
  withdrawn_reason: string | null;
}

/** One replacement or withdrawal of a measure report (0010): the report before and after as JSON. */
export interface MeasureReportRevisionRow {
  id: string;
  plan_id: string;
  report_id: string;
  /** The report's version after the change. */
  version: number;
  action: 'replaced' | 'withdrawn';
  old_json: string;
  /** The report after a replacement; null for a withdrawal. */
  new_json: string | null;
  reason: string | null;
  actor: string;
  actor_id: string | null;
  at: string;
}

/** A document, file or link attached to a measure report (0006); a file's bytes are kept in `content`. */
export interface EvidenceRow {
  id: string;
  plan_id: string;
  report_id: string;
  kind: 'file' | 'link';
  name: string;
  media_type: string | null;
  size: number | null;
  sha256: string | null;
  /** The file's bytes (BLOB on SQLite, bytea on PostgreSQL); null for a link. */
  content: Uint8Array | null;
  url: string | null;
  created_at: string;
  created_by: string;
  created_by_id: string | null;
}

/** A plan's settings (0006): how often its units report. No row = the defaults. */
export interface PlanSettingsRow {
  plan_id: string;
  reporting_cycle: 'year' | 'half' | 'quarter';
  updated_at: string;
  updated_by: string;
}

export interface MetaRow {
  key: string;
  value: number;
}

export type Dialect = 'sqlite' | 'postgres';

/** A client's count in its current fixed window, shared by every server process (migration 0008). */
export interface SharedLimitRow {
  /** What is counted and for whom, e.g. `write:token:<id>` or `sign-in:<address>`. */
  key: string;
  /** Start of the current window, ms since the epoch. */
  window_start: number;
  hits: number;
}

/** One written section of a report (成效, 问题, 下一步) of a plan (migration 0007). */
export interface ReportNarrativeRow {
  plan_id: string;
  kind: 'annual' | 'midterm' | 'final';
  /** `YYYY` for an annual report, else the kind (`midterm`, `final`). */
  period: string;
  section: 'achievements' | 'problems' | 'next_steps';
  text: string;
  /** 1 when first written, +1 on every change. */
  version: number;
  updated_at: string;
  updated_by: string;
  updated_by_id: string | null;
}

/** One change of a report section: its text after the change (0007). */
export interface ReportNarrativeRevisionRow {
  id: string;
  plan_id: string;
  kind: string;
  period: string;
  section: string;
  version: number;
  text: string;
  actor: string;
  actor_id: string | null;
  at: string;
}
