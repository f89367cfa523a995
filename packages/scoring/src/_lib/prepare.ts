import type {
  AssessInput,
  Method,
  ScoringDirection,
  ScoringUnit,
  SdsnBounds,
  TargetComparator,
} from '../schema/assessInput.js';
import type { SeriesPoint } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import { checkAssessInput } from './checkAssessInput.js';
import { aimOf, CMP, DEFAULT_ABOUT_SHARE } from './target.js';
import { isIsoDateCached, isoDecimalYearCached } from './time.js';

/** The target, read once for the kernels. */
export interface PreparedTarget {
  /** Decimal year of the target (2025 for `{ year: 2025 }`). */
  t: number;
  value: number;
  cmp: number;
  comparator: TargetComparator;
  upper: number;
  tolerance: number;
  /** The value the formulas aim at (a band's near edge). */
  aim: number;
  year: number | null;
  date: string | null;
}

/** A checked series, sorted by time, with the points after `asOf` counted but not used. */
export interface Prepared {
  method: Method;
  direction: ScoringDirection;
  d: 1 | -1;
  /** All points in time order; `points[0]` is the base. */
  points: readonly SeriesPoint[];
  /** Decimal years and values of `points`. */
  t: number[];
  y: number[];
  /** How many points are dated on or before `asOf` (all when there is no `asOf`). */
  n: number;
  target: PreparedTarget | null;
  limit: number | null;
  asOf: string | null;
  asOfT: number;
  onTrackTolerance: number;
  unit: ScoringUnit | null;
  sdsn: SdsnBounds | null;
}

type Loose = Record<string, unknown>;

const COMPARATORS = new Set<unknown>(['eq', 'gte', 'gt', 'lte', 'lt', 'about', 'between']);
const UNITS = new Set<unknown>(['percent', 'count', 'amount', 'ratio']);

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && x - x === 0;
}
function isYear(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1000 && x <= 9999;
}
function optionalFinite(x: unknown): boolean {
  return x === undefined || isFiniteNumber(x);
}

/**
 * A cheap check that accepts only inputs the zod schema surely accepts, so the
 * common case skips zod; anything else goes through `checkAssessInput` (the
 * zod/mini twin of `AssessInput`) for its errors (or acceptance). Semantic
 * rules (order, duplicates) are checked after.
 */
function quickShape(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const o = input as Loose;
  const method = o.method;
  if (
    method !== 'time-progress' &&
    method !== 'open-sdg' &&
    method !== 'unsd-2023' &&
    method !== 'weather' &&
    method !== 'sdsn'
  )
    return false;
  if (o.direction !== 'increase' && o.direction !== 'decrease') return false;
  const series = o.series;
  if (!Array.isArray(series) || series.length === 0) return false;
  for (let i = 0; i < series.length; i++) {
    const p = series[i] as Loose | null;
    if (typeof p !== 'object' || p === null) return false;
    if (!isFiniteNumber(p.value)) return false;
    if (p.year !== undefined) {
      if (!isYear(p.year) || p.date !== undefined) return false;
    } else if (typeof p.date !== 'string' || !isIsoDateCached(p.date)) return false;
  }
  const target = o.target as Loose | null | undefined;
  if (target !== undefined) {
    if (typeof target !== 'object' || target === null || !isFiniteNumber(target.value))
      return false;
    if (target.year !== undefined) {
      if (!isYear(target.year) || target.date !== undefined) return false;
    } else if (typeof target.date !== 'string' || !isIsoDateCached(target.date)) return false;
    if (target.comparator !== undefined && !COMPARATORS.has(target.comparator)) return false;
    if (!optionalFinite(target.upper)) return false;
    if (
      target.tolerance !== undefined &&
      !(isFiniteNumber(target.tolerance) && target.tolerance >= 0)
    )
      return false;
    if (
      target.comparator === 'between' &&
      !(isFiniteNumber(target.upper) && target.upper >= (target.value as number))
    )
      return false;
  }
  if (o.limit !== undefined && o.limit !== null && !isFiniteNumber(o.limit)) return false;
  if (o.asOf !== undefined && !(typeof o.asOf === 'string' && isIsoDateCached(o.asOf)))
    return false;
  const tol = o.onTrackTolerance;
  if (tol !== undefined && !(isFiniteNumber(tol) && tol >= 0 && tol <= 1)) return false;
  if (o.unit !== undefined && !UNITS.has(o.unit)) return false;
  const sdsn = o.sdsn as Loose | null | undefined;
  if (sdsn !== undefined) {
    if (typeof sdsn !== 'object' || sdsn === null) return false;
    if (!optionalFinite(sdsn.lowerBound) || !optionalFinite(sdsn.optimum)) return false;
    if (!optionalFinite(sdsn.green) || !optionalFinite(sdsn.red)) return false;
  }
  return true;
}

function fail(input: unknown): never {
  const issues = checkAssessInput(input);
  if (issues) throw ScoringInputError.fromIssues(issues);
  // The schema accepted what the fast path refused: a bug, reported as such.
  throw new ScoringInputError([
    { path: [], message: 'input refused by an internal check; please report it' },
  ]);
}

function timeOf(point: { year?: number | undefined; date?: string | undefined }): number {
  return point.year !== undefined ? point.year : isoDecimalYearCached(point.date as string);
}

/**
 * Checks an `assess` input and reads it for the kernels: validates (fast path
 * or zod, with paths), sorts by time, applies `asOf`, reads the target.
 *
 * @throws ScoringInputError naming each problem and its path
 */
export function prepare(input: AssessInput, method: Method = input.method): Prepared {
  if (!quickShape(input)) {
    const issues = checkAssessInput(input);
    if (issues) throw ScoringInputError.fromIssues(issues);
  }
  const series = input.series;
  const count = series.length;
  let points: readonly SeriesPoint[] = series;
  // Sized up front: growing by push allocates room for 17 points for every series.
  let t: number[] = new Array(count);
  let y: number[] = new Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const p = series[i] as SeriesPoint;
    const ti = timeOf(p);
    t[i] = ti;
    y[i] = p.value;
    if (i > 0) {
      if (ti <= (t[0] as number)) fail(input);
      if (ti <= (t[i - 1] as number)) sorted = false;
    }
  }
  if (!sorted) {
    const order = Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => (t[a] as number) - (t[b] as number),
    );
    for (let i = 1; i < count; i++)
      if (t[order[i] as number] === t[order[i - 1] as number]) fail(input);
    points = order.map((i) => series[i] as SeriesPoint);
    t = order.map((i) => t[i] as number);
    y = order.map((i) => y[i] as number);
  }

  const d = input.direction === 'increase' ? 1 : -1;
  let target: PreparedTarget | null = null;
  if (input.target) {
    const raw = input.target;
    const tT = timeOf(raw);
    if (tT <= (t[0] as number)) fail(input);
    const comparator = raw.comparator ?? 'eq';
    const cmp = CMP[comparator];
    const upper = raw.upper ?? raw.value;
    target = {
      t: tT,
      value: raw.value,
      cmp,
      comparator,
      upper,
      tolerance: raw.tolerance ?? Math.abs(raw.value) * DEFAULT_ABOUT_SHARE,
      aim: aimOf(cmp, raw.value, upper, d),
      year: raw.year ?? null,
      date: raw.date ?? null,
    };
  }

  const asOf = input.asOf ?? null;
  const asOfT = asOf === null ? Number.NaN : isoDecimalYearCached(asOf);
  let n = count;
  if (asOf !== null) while (n > 0 && (t[n - 1] as number) > asOfT) n--;

  return {
    method,
    direction: input.direction,
    d,
    points,
    t,
    y,
    n,
    target,
    limit: input.limit ?? null,
    asOf,
    asOfT,
    onTrackTolerance: input.onTrackTolerance ?? 0.05,
    unit: input.unit ?? null,
    sdsn: input.sdsn ?? null,
  };
}
