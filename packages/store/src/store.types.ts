import type { Approval, NewObservation, Observation } from '@plan/observations';

/** A row ready to store: input already checked against its indicator (the shape is @plan/observations'). */
export type { NewObservation };

/**
 * Who writes: the token's id and name, or just a name for writers that are not tokens
 * (the seed, the CLI). The id is what the audit trusts; the name is for people reading it.
 */
export type Actor = { id?: string | null | undefined; name: string };

export type ObservationFilter = {
  indicatorId?: string | undefined;
  region?: string | undefined;
  source?: string | undefined;
  /** Only figures in this review state (or these): default all of them; the caller decides what counts. */
  approval?: Approval | readonly Approval[] | undefined;
  /** Include illustrative demo figures (示例数据). Default false: official figures only. */
  includeIllustrative?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The order: by indicator, region, date, source (default), or by date first (`-date`: newest first). */
  sort?: ObservationSort | undefined;
  /** Only rows after this key (the sort columns of the last row a page ended on). */
  after?: readonly [string, string, string, string] | undefined;
  /** At most this many rows. */
  limit?: number | undefined;
};

/**
 * The review state a write leaves: `submitted` for a district's figure (and its resubmission),
 * `approved` for one that needs no review. `returned` is only ever set by returning a figure.
 */
export type WriteApproval = { approval?: Extract<Approval, 'submitted' | 'approved'> | undefined };

/** Which submitted figures a bulk approval takes: a region's, of one year and some indicators if given. */
export type ApprovalSelection = {
  region: string;
  year?: number | undefined;
  indicatorIds?: readonly string[] | undefined;
};

export type ObservationSort = 'indicator' | 'date' | '-date';

export type ImportOutcome = { created: number; unchanged: number; ids: string[] };

export type UpdateResult =
  | { status: 'ok'; observation: Observation }
  | { status: 'not_found' }
  | { status: 'stale'; current: Observation };

/** A plan added at run time: its file as it was accepted, and who added it when. */
export type StoredPlan = {
  id: string;
  file: unknown;
  createdAt: string;
  createdBy: string;
  /** The id of the token that added it; null for writers that are not tokens. */
  actorId: string | null;
};
