import { prepare } from './_lib/prepare.js';
import { projectPoints } from './_lib/projection.js';
import type { AssessInput } from './schema/assessInput.js';
import type { Projection } from './schema/results.js';
import { ScoringInputError } from './scoringInputError.js';

/**
 * Projects a series' trend to its target year, two ways: least squares on all
 * points (dated on or before `asOf`), and the compound annual growth from the
 * base to the latest point; with each, the value expected at the target year
 * and the year the target would be met at that pace (null if never). Needs
 * two points.
 *
 * @throws ScoringInputError for a bad series, or without a target
 * @example
 *   projectTrend({
 *     direction: 'increase',
 *     series: [{ year: 2020, value: 10 }, { year: 2021, value: 20 }, { year: 2022, value: 30 }],
 *     target: { year: 2025, value: 80 },
 *   }).leastSquares; // { rate: 10, valueAtTarget: 60, crossing: 2027, yearMet: 2027 }
 */
export function projectTrend(input: Omit<AssessInput, 'method'>): Projection {
  const prepared = prepare({ ...input, method: 'time-progress' });
  const target = prepared.target;
  if (!target)
    throw new ScoringInputError([
      { path: ['target'], message: 'a projection needs a target year and value' },
    ]);
  return projectPoints(prepared.t, prepared.y, prepared.n, target.t, target.aim, prepared.d);
}
