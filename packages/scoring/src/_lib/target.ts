import { comparatorSign, type TargetComparator } from '@plan/indicators';
import { fmt, fmtAfterWide } from './numbers.js';

/** Comparators as small integers for the numeric kernels. */
export const CMP = { eq: 0, gte: 1, gt: 2, lte: 3, lt: 4, about: 5, between: 6 } as const;

/** The share of the target value that counts as "about" when no tolerance is given. */
export const DEFAULT_ABOUT_SHARE = 0.05;

/**
 * Whether a value meets a target. `eq` (a plain printed number) is met once
 * reached in the desired direction `d` (+1 increase, -1 decrease).
 */
export function meets(
  value: number,
  cmp: number,
  target: number,
  upper: number,
  tolerance: number,
  d: number,
): boolean {
  switch (cmp) {
    case 0:
      return d > 0 ? value >= target : value <= target;
    case 1:
      return value >= target;
    case 2:
      return value > target;
    case 3:
      return value <= target;
    case 4:
      return value < target;
    case 5:
      return Math.abs(value - target) <= tolerance;
    default:
      return value >= target && value <= upper;
  }
}

/** The value the methods aim at: for a band, the edge reached first from the desired side. */
export function aimOf(cmp: number, target: number, upper: number, d: number): number {
  return cmp === 6 && d < 0 ? upper : target;
}

/** The comparators in the order of their codes in `CMP`. */
const BY_CODE = /* @__PURE__ */ Object.keys(CMP) as TargetComparator[];

/** `≥ `, `> `, … by comparator code: the sign and its space, written once. */
let signs: string[] | undefined;

/** The comparator as printed: `≥ 95`, `≈ 20 (±1)`, `40–50`. */
export function describeTarget(
  cmp: number,
  target: number,
  upper: number,
  tolerance: number,
  d: number,
): string {
  if (cmp === 5) return `${comparatorSign('about', 'plain')} ${fmt(target)} (±${fmt(tolerance)})`;
  if (cmp === 6) return `${fmt(target)}–${fmt(upper)}`;
  signs ??= BY_CODE.map((comparator) => `${comparatorSign(comparator, 'plain')} `);
  // A plain number is reached from the desired side: at least it, or at most it for a decrease.
  const code = cmp === 0 ? (d < 0 ? CMP.lte : CMP.gte) : cmp;
  // `≥ ` and `≤ ` are two bytes a character, `> ` and `< ` one (see `fmtAfterWide`).
  if (code === CMP.gte || code === CMP.lte) return fmtAfterWide(signs[code] as string, target);
  return (signs[code] ?? ' ') + fmt(target);
}
