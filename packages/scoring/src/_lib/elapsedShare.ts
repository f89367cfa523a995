/**
 * The share of a period from day `start` to day `end` (day numbers) that has
 * passed on day `day`: 0 on or before the start, 1 on or after the end. The one
 * formula of 时序进度, for the time-progress kernel and for `timeElapsed`.
 */
export function elapsedShare(start: number, end: number, day: number): number {
  const share = (day - start) / (end - start);
  if (share < 0) return 0;
  if (share > 1) return 1;
  return share;
}
