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

export interface MetaRow {
  key: string;
  value: number;
}

export type Dialect = 'sqlite' | 'postgres';
