import { OS, openSdgKernel } from '../openSdg.js';
import type { OpenSdgResult, SdsnResult, TimeProgressResult } from '../schema/results.js';
import { finite } from './numbers.js';
import { slotCount } from './slots.js';

/**
 * The unrounded score behind a result's printed `score`. Results carry scores
 * rounded for reading (4 decimals); combining rounded scores can move a status
 * across a threshold (a one-series group at R = 0.949999 would read 2.5,
 * "substantial", while the series is "moderate"), so combining uses these.
 * Kept beside the result rather than in it, so results stay plain JSON.
 *
 * A result of `assess` keeps every input of its score in its components
 * (time-progress, sdsn; open-sdg when its times are whole to 4 decimals), so
 * its unrounded score is computed again, with the same arithmetic, when it is
 * asked for: remembering it per result in the WeakMap cost `assess` half its
 * time. The WeakMap holds the rest (roll-ups of indicators, open-sdg on dates).
 */
const exactScores = new WeakMap<object, number | null>();

/** Remembers the unrounded score of a result; returns the result. */
export function withExactScore<T extends object>(result: T, score: number | null): T {
  exactScores.set(result, score === null ? null : finite(score));
  return result;
}

let scratch: Float64Array | undefined;

/** The unrounded score of an `assess` result from its components; undefined for other results. */
function recomputed(result: object): number | null | undefined {
  const r = result as Partial<TimeProgressResult | OpenSdgResult | SdsnResult>;
  if (typeof r.components !== 'object' || r.components === null) return undefined;
  switch (r.method) {
    case 'time-progress': {
      if (r.status === 'no_data') return null;
      const c = r.components as TimeProgressResult['components'];
      const y0 = c.baseValue as number;
      const span = (c.targetValue as number) - y0;
      const d = c.direction === 'increase' ? 1 : -1;
      // As `timeProgressKernel` computes completion progress.
      return finite(d * span > 0 ? ((c.latestValue as number) - y0) / span : Number.NaN);
    }
    case 'open-sdg': {
      const c = r.components as OpenSdgResult['components'];
      if (c.pointsUsed === 0) return null;
      scratch ??= new Float64Array(slotCount(OS));
      openSdgKernel(
        c.baseValue as number,
        c.baseYear as number,
        c.currentValue as number,
        c.currentYear as number,
        c.targetValue ?? Number.NaN,
        c.targetYear ?? Number.NaN,
        c.d,
        c.limit ?? Number.NaN,
        c.targetAchieved,
        scratch,
      );
      return finite(scratch[OS.score] as number);
    }
    case 'sdsn': {
      const c = r.components as SdsnResult['components'];
      if (c.reason === 'no_data' || c.reason === 'no_bounds') return null;
      // As `sdsnKernel` rescales; degenerate bounds score 100 or 0, printed exactly.
      const raw =
        c.reason === 'degenerate_bounds'
          ? (c.latestScoreUnclamped as number)
          : (((c.latestValue as number) - (c.lowerBound as number)) /
              ((c.optimum as number) - (c.lowerBound as number))) *
            100;
      return Number.isNaN(raw) ? null : finite(raw < 0 ? 0 : Math.min(raw, 100));
    }
    default:
      return undefined;
  }
}

/** The unrounded score of a result (its printed `score` when it is neither remembered nor recomputable). */
export function exactScoreOf(result: { score: number | null }): number | null {
  if (exactScores.has(result)) return exactScores.get(result) ?? null;
  const score = recomputed(result);
  return score === undefined ? result.score : score;
}
