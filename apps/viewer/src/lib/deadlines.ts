/** Where a deadline stands on the as-of date. */
export type DueState = 'passed' | 'thisYear' | 'upcoming';

/**
 * A target's deadline against the as-of date: `passed` once its day (or the
 * end of its year) is on or before `asOf`, `thisYear` when it falls later in
 * the as-of year, else `upcoming`.
 */
export function dueState(
  deadline: { year: number; date?: string | undefined },
  asOf: string,
): DueState {
  const day = deadline.date ?? `${deadline.year}-12-31`;
  if (day <= asOf) return 'passed';
  if (deadline.year === Number(asOf.slice(0, 4))) return 'thisYear';
  return 'upcoming';
}

/** The comparator of a target as a reader writes it before the number. */
export function comparatorMark(comparator: string): string {
  switch (comparator) {
    case 'gte':
      return '≥';
    case 'gt':
      return '>';
    case 'lte':
      return '≤';
    case 'lt':
      return '<';
    case 'about':
      return '≈';
    default:
      return '';
  }
}
