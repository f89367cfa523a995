import type { Indicator } from '@plan/indicators';
import { assess } from '../assess.js';
import { benchmarkGap } from '../benchmarkGap.js';
import type { Method, ScoringDirection } from '../schema/assessInput.js';
import type { QuantityAssessment } from '../schema/indicatorAssessment.js';
import type { AssessResult } from '../schema/results.js';
import type { Point, QuantitySpec, Text } from './indicatorSpecs.js';
import { idOf, memoOn } from './stableLists.js';
import { isoDecimalYearCached } from './time.js';

/** The options of one indicator's assessment, every plan default filled in from the plan. */
export type IndicatorOptions = {
  method: Method;
  asOf?: string | undefined;
  onTrackTolerance?: number | undefined;
  baselineYear: number;
  targetYear: number;
  subjectRegion: string;
  benchmarkRegion: string;
  benchmarkName: Text;
};

function timeText(point: { year?: number | undefined; date?: string | undefined }): string {
  return point.year !== undefined ? String(point.year) : String(point.date);
}

function stripT(point: Point): { year?: number; date?: string; value: number } {
  return point.year !== undefined
    ? { year: point.year, value: point.value }
    : { date: point.date as string, value: point.value };
}

/** What scoring a quantity reads off its points before the as-of date matters. */
type Prepared = {
  /** Notes on the choices made (pushed in this order). */
  notes: Text[];
  base: {
    time: string;
    value: number;
    printed: string | null;
    from: 'plan' | 'observation';
  } | null;
  series: { year?: number; date?: string; value: number }[];
  /** The decimal year of each point of `series`, in time order (the series is in time order). */
  times: Float64Array;
  direction: ScoringDirection;
};

const prepared = new WeakMap<object, Map<unknown, Prepared>>();

/**
 * The series from the plan's baseline (or the first observation when the plan
 * prints none) and the observations from the base year on, in time order, and
 * the direction (a band above its upper end is scored downwards), with a note
 * for each choice made on the way.
 */
function prepare(indicator: Indicator, spec: QuantitySpec, baselineYear: number): Prepared {
  const notes: Text[] = [];
  const label = spec.partLabel ? `${spec.partLabel.zh}：` : '';
  const labelEn = spec.partLabel ? `${spec.partLabel.en}: ` : '';
  let points = [...spec.points].sort((a, b) => a.t - b.t);
  const early = points.filter((point) => point.t < baselineYear);
  if (early.length > 0) {
    notes.push({
      zh: `${label}${early.length}个早于基期（${baselineYear}年）的数据未计入。`,
      en: `${labelEn}${early.length} value(s) dated before the base year ${baselineYear} are left out.`,
    });
    points = points.filter((point) => point.t >= baselineYear);
  }
  let base: Prepared['base'] = null;
  let series: Prepared['series'];
  let times: number[];
  if (spec.baseline) {
    base = {
      time: String(baselineYear),
      value: spec.baseline.value,
      printed: spec.baseline.printed,
      from: 'plan',
    };
    if (spec.baseline.comparator !== 'eq') {
      notes.push({
        zh: `${label}基期值印为“${spec.baseline.printed}”，按${spec.baseline.value}计。`,
        en: `${labelEn}The baseline is printed "${spec.baseline.printed}"; ${spec.baseline.value} is used.`,
      });
    }
    const same = points.find((point) => point.t === baselineYear);
    if (same && same.value !== spec.baseline.value) {
      notes.push({
        zh: `${label}采用规划的${baselineYear}年基期值${spec.baseline.value}；观测数据为${same.value}。`,
        en: `${labelEn}The plan's ${baselineYear} baseline ${spec.baseline.value} is used; an observation gives ${same.value}.`,
      });
    }
    series = [{ year: baselineYear, value: spec.baseline.value }];
    times = [baselineYear];
    for (const point of points) {
      if (point.t === baselineYear) continue;
      series.push(stripT(point));
      times.push(point.t);
    }
  } else {
    const first = points[0];
    if (first) {
      base = { time: timeText(first), value: first.value, printed: null, from: 'observation' };
      notes.push({
        zh: `${label}规划未列基期值，以首个观测值（${timeText(first)}年${first.value}）为基期。`,
        en: `${labelEn}The plan gives no baseline; the first observation (${first.value} in ${timeText(first)}) is the base.`,
      });
    }
    series = points.map(stripT);
    times = points.map((point) => point.t);
  }
  let direction: ScoringDirection = indicator.direction === 'decrease' ? 'decrease' : 'increase';
  if (
    indicator.direction === 'band' &&
    spec.target &&
    spec.target.upper !== null &&
    base &&
    base.value > spec.target.upper
  ) {
    direction = 'decrease';
  }
  return { notes, base, series, times: Float64Array.from(times), direction };
}

/** The last point of a time-ordered series at or before `asOfT`, by halving. */
function lastAtOrBefore(times: Float64Array, asOfT: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] as number) <= asOfT) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Scores one quantity of an indicator (see `indicatorSpecs`) by the method of
 * the options: builds the series from the plan's baseline (or the first
 * observation when the plan prints none) and the observations from the base
 * year on, reads the direction (a band above its upper end is scored
 * downwards), calls `assess`, and compares the latest value with the
 * benchmark region's figures. Pushes a note for each choice made on the way.
 * For a spec read off a stable list (see stableLists.ts) the series is built
 * once and kept: another as-of date costs only `assess`.
 */
export function assessQuantity(
  indicator: Indicator,
  spec: QuantitySpec,
  options: IndicatorOptions,
  notes: Text[],
): QuantityAssessment {
  const { baselineYear, targetYear } = options;
  const ready = memoOn(prepared, spec, `${idOf(indicator)}\u0000${baselineYear}`, () =>
    prepare(indicator, spec, baselineYear),
  );
  for (const note of ready.notes) notes.push({ zh: note.zh, en: note.en });
  const { series, direction } = ready;
  // A copy: the kept base is never handed out.
  const base = ready.base ? { ...ready.base } : null;
  const target = spec.target;
  const asOfT = options.asOf ? isoDecimalYearCached(options.asOf) : Number.POSITIVE_INFINITY;
  // The series is in time order: the latest point seen as of the date is found by halving.
  const latestPoint = base ? series[lastAtOrBefore(ready.times, asOfT)] : undefined;
  const latest = latestPoint ? { time: timeText(latestPoint), value: latestPoint.value } : null;

  let result: AssessResult | null = null;
  if (base) {
    const percent = indicator.unit.kind === 'percent';
    result = assess({
      method: options.method,
      direction,
      series,
      ...(target
        ? {
            target: {
              year: targetYear,
              value: target.value,
              comparator: target.comparator,
              ...(target.upper !== null ? { upper: target.upper } : {}),
            },
          }
        : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(percent ? { limit: direction === 'increase' ? 100 : 0 } : {}),
      unit: indicator.unit.kind,
      ...(options.onTrackTolerance !== undefined
        ? { onTrackTolerance: options.onTrackTolerance }
        : {}),
    });
  }

  let benchmark: QuantityAssessment['benchmark'] = null;
  if (spec.benchmark && (latest ?? base)) {
    const compared = (latest ?? base) as { time: string; value: number };
    benchmark = benchmarkGap({
      region: options.benchmarkRegion,
      regionName: options.benchmarkName,
      direction,
      value: compared.value,
      time: compared.time,
      baseline: spec.benchmark.baseline,
      target: spec.benchmark.target,
    });
  }

  return {
    part: spec.part,
    partLabel: spec.partLabel,
    direction,
    baseline: base,
    target: target
      ? {
          year: targetYear,
          value: target.value,
          upper: target.upper,
          comparator: target.comparator,
          printed: target.printed,
          from: spec.targetFrom,
        }
      : null,
    latest,
    result,
    benchmark,
  };
}
