import { comparatorSign, type Direction } from '@plan/indicators';
import type { TargetComparator } from '../../schema/target.js';

export const EPSILON = 1e-9;

/** Equal up to floating-point noise (0.3 + 1.7 against 2). */
export const near = (a: number, b: number) =>
  Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

/** Drops floating-point noise from a computed value, so reports print 55.5, not 55.50000000001. */
export const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** A comparator and value as one reads them: ≥99, ≈1.4, 10–15. */
export const form = (comparator: TargetComparator | undefined, value: number, upper?: number) =>
  comparator === 'between'
    ? `${value}–${upper}`
    : `${comparatorSign(comparator ?? 'eq', 'plain')}${value}`;

/** Whether an amount meets a target's comparator; `about` allows 5% either side. */
export function satisfies(
  amount: number,
  comparator: TargetComparator,
  value: number,
  upper?: number,
): boolean {
  switch (comparator) {
    case 'eq':
      return near(amount, value);
    case 'gte':
      return amount >= value - EPSILON;
    case 'gt':
      return amount > value + EPSILON;
    case 'lte':
      return amount <= value + EPSILON;
    case 'lt':
      return amount < value - EPSILON;
    case 'about':
      return Math.abs(amount - value) <= 0.05 * Math.abs(value);
    case 'between':
      return amount >= value - EPSILON && amount <= (upper ?? value) + EPSILON;
  }
}

/**
 * For a value to raise, reaching 99 and reaching 99 or more are met by the
 * same values (and so for ≤ when lowering): the comparators differ in words only.
 */
export function equivalentComparators(
  a: TargetComparator,
  b: TargetComparator,
  direction: Direction,
): boolean {
  const floor = new Set<TargetComparator>(['eq', 'gte']);
  const ceiling = new Set<TargetComparator>(['eq', 'lte']);
  if (direction === 'increase') return floor.has(a) && floor.has(b);
  if (direction === 'decrease') return ceiling.has(a) && ceiling.has(b);
  return false;
}

/** What a yearly pace implies for the level at the deadline: at least 0.5 down a year → at most baseline − 0.5 × years. */
export function projectComparator(
  comparator: TargetComparator,
  change: 'increase' | 'decrease',
): TargetComparator {
  if (change === 'increase') return comparator;
  const flipped: Partial<Record<TargetComparator, TargetComparator>> = {
    gte: 'lte',
    gt: 'lt',
    lte: 'gte',
    lt: 'gt',
  };
  return flipped[comparator] ?? comparator;
}
