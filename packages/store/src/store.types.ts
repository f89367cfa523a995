import type { NewObservation, Observation } from '@plan/observations';

/** A row ready to store: input already checked against its indicator (the shape is @plan/observations'). */
export type { NewObservation };

/** Who writes: the name of the token (or the CLI, or the seed) behind a change. */
export type Actor = { name: string };

export type ObservationFilter = {
  indicatorId?: string | undefined;
  region?: string | undefined;
  source?: string | undefined;
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

export type ObservationSort = 'indicator' | 'date' | '-date';

export type ImportOutcome = { created: number; unchanged: number; ids: string[] };

export type UpdateResult =
  | { status: 'ok'; observation: Observation }
  | { status: 'not_found' }
  | { status: 'stale'; current: Observation };
