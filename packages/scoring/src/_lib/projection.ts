import type { Projection, TrendProjection } from '../schema/results.js';
import { round3, round6 } from './numbers.js';

function trend(rate: number, valueAtTarget: number, crossing: number): TrendProjection {
  const met = crossing - crossing === 0;
  return {
    rate: round6(rate) as number,
    valueAtTarget: round6(valueAtTarget),
    crossing: met ? round3(crossing) : null,
    // A crossing within a rounding error of a year-end belongs to that year.
    yearMet: met ? Math.ceil(round6(crossing) as number) : null,
  };
}

/**
 * Projects the first `n` points of a series (decimal years `t`, values `y`) to
 * `targetT`, by least squares on all points and by the compound annual growth
 * between the first and the last point. `aim` is the target value; `d` the
 * desired direction (+1 / -1). Null parts where a trend cannot be drawn.
 * One function (with `trend` and the rounding inlined into it): it runs for
 * every time-progress result.
 */
export function projectPoints(
  t: readonly number[],
  y: readonly number[],
  n: number,
  targetT: number,
  aim: number,
  d: number,
): Projection {
  // Built as one literal at the end, so every projection has one shape.
  let leastSquares: TrendProjection | null = null;
  let cagr: TrendProjection | null = null;
  if (n >= 2) {
    // Least squares on all points.
    let meanT = 0;
    let meanY = 0;
    for (let i = 0; i < n; i++) {
      meanT += t[i] as number;
      meanY += y[i] as number;
    }
    meanT /= n;
    meanY /= n;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      const dt = (t[i] as number) - meanT;
      sxy += dt * ((y[i] as number) - meanY);
      sxx += dt * dt;
    }
    const slope = sxy / sxx;
    const lsAtTarget = meanY + slope * (targetT - meanT);
    const lsCrossing = d * slope > 0 ? meanT + (aim - meanY) / slope : Number.NaN;
    leastSquares = trend(slope, lsAtTarget, lsCrossing);

    // Compound annual growth from the first to the last point.
    const t0 = t[0] as number;
    const y0 = y[0] as number;
    const ti = t[n - 1] as number;
    const yi = y[n - 1] as number;
    const growth = yi / y0;
    if (y0 !== 0 && growth >= 0) {
      // In logarithms: one log and two exponentials instead of two powers, a log and a log1p.
      const perYear = Math.log(growth) / (ti - t0);
      const rate = Math.exp(perYear) - 1;
      const atTarget = yi * Math.exp(perYear * (targetT - ti));
      const ratio = aim / yi;
      // Growth in the desired direction moves |y| up when d·sign(y) > 0.
      const towards = d * Math.sign(yi) * perYear > 0;
      const crossing = towards && ratio > 0 ? ti + Math.log(ratio) / perYear : Number.NaN;
      if (rate - rate === 0) cagr = trend(rate, atTarget, crossing);
    }
  }
  return {
    targetYear: round3(targetT) as number,
    targetValue: aim,
    pointsUsed: n,
    leastSquares,
    cagr,
  };
}
