/**
 * The comparison of a plan's regions as @plan/scoring's `compareRegions`
 * returns it (the shape agreed in COORD14.md), as far as the report reads it.
 */
type Bilingual = { zh: string; en: string };

export type MatrixCell = {
  indicatorId: string;
  status: string;
  value: number | null;
  date: string | null;
  completion: number | null;
  timeElapsed: number;
  /** Where the base came from: the plan (subject region), the region's own value, or none. */
  baseline: 'plan' | 'region' | 'missing';
  target: 'plan' | 'region-target' | 'subject-target' | 'none';
  /** Since the previous period (the as-of date a year earlier). */
  change: number | null;
  notJudged?: 'subject-only' | undefined;
};

export type RankingRow = {
  region: string;
  score: number | null;
  /** Null: not ranked (coverage below the floor). */
  rank: number | null;
  judged: number;
  missing: number;
  coverage: number;
  /** Why the region is not ranked; null when it is. */
  unranked: Bilingual | null;
};

export type CompletenessRow = {
  region: string;
  byYear: { year: number; expected: number; reported: number; rate: number }[];
  expected: number;
  reported: number;
  rate: number;
};

export type Outlier = {
  region: string;
  indicatorId: string;
  date: string;
  value: number;
  expected: number;
  reason: Bilingual;
};

export type AdditiveCheck = {
  indicatorId: string;
  date: string;
  derived: number;
  reported: number | null;
  regionsReported: number;
  regionsExpected: number;
  status: 'match' | 'mismatch' | 'incomplete' | 'no-subject-figure';
};

export type RegionComparison = {
  asOf: string;
  method: string;
  /** The regions whose parent is the subject region. */
  regions: readonly { id: string }[];
  indicators: readonly string[];
  matrix: readonly { region: string; cells: readonly MatrixCell[] }[];
  ranking: {
    method: Bilingual;
    weights: Readonly<Record<string, number>>;
    rows: readonly RankingRow[];
  };
  completeness: { rule: Bilingual; periods: readonly number[]; rows: readonly CompletenessRow[] };
  outlierRule: Bilingual;
  outliers: readonly Outlier[];
  additiveChecks: readonly AdditiveCheck[];
};
