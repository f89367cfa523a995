import { finite } from './numbers.js';

/**
 * The unrounded score behind a result's printed `score`. Results carry scores
 * rounded for reading (4 decimals); combining rounded scores can move a status
 * across a threshold (a one-series group at R = 0.949999 would read 2.5,
 * "substantial", while the series is "moderate"), so combining uses these.
 * Kept beside the result rather than in it, so results stay plain JSON.
 */
const exactScores = new WeakMap<object, number | null>();

/** Remembers the unrounded score of a result; returns the result. */
export function withExactScore<T extends object>(result: T, score: number | null): T {
  exactScores.set(result, score === null ? null : finite(score));
  return result;
}

/** The unrounded score of a result (its printed `score` when none was remembered). */
export function exactScoreOf(result: { score: number | null }): number | null {
  return exactScores.has(result) ? (exactScores.get(result) ?? null) : result.score;
}
