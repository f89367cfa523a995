/**
 * The synthetic series, the floor loop and the timer shared by the scoring benches, so that
 * `assess.bench.ts` and `resultShape.bench.ts` measure the same inputs against the same floor.
 */
import type { SeriesColumns } from '../src/assessColumns.js';
import type { AssessInput, Method } from '../src/schema/assessInput.js';

/** 2020 (base), 2021, 2022, 2023: enough for every method, weather included. */
export const POINTS = 4;

/** A small deterministic generator, so every run scores the same series. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeColumns(count: number): SeriesColumns {
  const next = random(42);
  const offsets = new Int32Array(count + 1);
  const years = new Float64Array(count * POINTS);
  const values = new Float64Array(count * POINTS);
  const targetYears = new Float64Array(count);
  const targetValues = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    offsets[i + 1] = (i + 1) * POINTS;
    const base = 10 + next() * 90;
    const growth = next() * 0.12 - 0.03;
    for (let j = 0; j < POINTS; j++) {
      years[i * POINTS + j] = 2020 + j;
      values[i * POINTS + j] = base * (1 + growth * j + (next() - 0.5) * 0.01);
    }
    targetYears[i] = 2025;
    targetValues[i] = base * (1 + 0.05 + next() * 0.2);
  }
  return { offsets, years, values, targetYears, targetValues };
}

/** `count` inputs for `assess()`, one per series of `columns` from the series `from`. */
export function makeInputs(
  columns: SeriesColumns,
  method: Method,
  count: number,
  from = 0,
): AssessInput[] {
  const inputs: AssessInput[] = [];
  for (let i = from; i < from + count; i++) {
    const series = [];
    for (let j = 0; j < POINTS; j++) {
      series.push({
        year: columns.years[i * POINTS + j] as number,
        value: columns.values[i * POINTS + j] as number,
      });
    }
    inputs.push({
      method,
      direction: 'increase',
      series,
      target: { year: columns.targetYears[i] as number, value: columns.targetValues[i] as number },
    });
  }
  return inputs;
}

// Day numbers of 31 December by year, looked up as the time-progress kernel looks them up.
const DAYS = Float64Array.from({ length: 100 }, (_, i) =>
  Math.round(Date.UTC(2000 + i, 11, 31) / 86_400_000),
);
const DAY = (year: number) => DAYS[year - 2000] as number;

/**
 * The floor: the same arithmetic as each method's kernel, written as a plain
 * loop over the columns with no objects, no validation and no status names.
 */
export function floor(
  method: Method,
  c: SeriesColumns,
  status: Uint8Array,
  score: Float64Array,
): void {
  const { years, values, targetYears, targetValues } = c;
  const n = status.length;
  for (let i = 0; i < n; i++) {
    const first = i * POINTS;
    const last = first + POINTS - 1;
    const y0 = values[first] as number;
    const t0 = years[first] as number;
    const yi = values[last] as number;
    const ti = years[last] as number;
    const yT = targetValues[i] as number;
    const tT = targetYears[i] as number;
    if (yi >= yT) {
      status[i] = 0;
      score[i] = 5;
      continue;
    }
    switch (method) {
      case 'time-progress': {
        const tau = (DAY(ti) - DAY(t0)) / (DAY(tT) - DAY(t0));
        const c = (yi - y0) / (yT - y0);
        status[i] = c < 0 ? 4 : c >= tau + 0.05 ? 1 : c >= tau - 0.05 ? 2 : 3;
        // assess() also projects to the target year: least squares on all points, and CAGR.
        let mt = 0;
        let my = 0;
        for (let j = first; j <= last; j++) {
          mt += years[j] as number;
          my += values[j] as number;
        }
        mt /= POINTS;
        my /= POINTS;
        let sxy = 0;
        let sxx = 0;
        for (let j = first; j <= last; j++) {
          const dt = (years[j] as number) - mt;
          sxy += dt * ((values[j] as number) - my);
          sxx += dt * dt;
        }
        const slope = sxy / sxx;
        const rate = (yi / y0) ** (1 / (ti - t0)) - 1;
        const perYear = Math.log1p(rate);
        score[i] =
          c +
          (my + slope * (tT - mt)) +
          ((yT - my) / slope + mt) +
          yi * (1 + rate) ** (tT - ti) +
          Math.log(yT / yi) / perYear;
        break;
      }
      case 'open-sdg': {
        const r = ((yi / y0) ** (1 / (ti - t0)) - 1) / Math.abs((yT / y0) ** (1 / (tT - t0)) - 1);
        status[i] = r >= 0.95 ? 1 : r >= 0.6 ? 2 : r >= 0 ? 3 : 4;
        score[i] =
          r >= 0.6 ? Math.min(((r - 0.6) * 5) / 0.7, 5) : Math.max(((r - 0.6) * 5) / 1.2, -5);
        break;
      }
      case 'unsd-2023': {
        const g = (yi / y0) ** (1 / (ti - t0)) - 1;
        const ratio = (yi * (1 + g) ** (tT - ti) - y0) / (yT - y0);
        status[i] = ratio >= 0.95 ? 3 : ratio >= 0.1 ? 2 : 1;
        score[i] = status[i] as number;
        break;
      }
      case 'weather': {
        const mean = (yi - y0) / (ti - t0);
        const miss = (yT - (yi + mean * (tT - ti))) / (yT - yi);
        status[i] = mean <= 0 ? 3 : miss < 0.05 ? 0 : miss <= 0.2 ? 1 : 2;
        break;
      }
      default: {
        const s0 = 0;
        const si = ((yi - y0) / (yT - y0)) * 100;
        const observed = (si - s0) / (ti - t0);
        const required = (100 - s0) / (tT - t0);
        status[i] = observed < 0 ? 3 : observed >= required ? 0 : observed >= required / 2 ? 1 : 2;
        score[i] = Math.max(si, 0);
      }
    }
  }
}

export const ROUNDS = Number(process.env.ROUNDS ?? 3);

/**
 * CPU seconds this process spent on one run (user + system, so garbage
 * collection on helper threads counts too), the best of ROUNDS. CPU time
 * rather than wall time, because other work on a shared machine stretches
 * the wall clock without making the code slower.
 */
export function time(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}
