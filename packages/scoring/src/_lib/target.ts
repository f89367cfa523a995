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
  // A plain number first, on its own: a short function, which the JIT inlines.
  if (cmp === 0) return d > 0 ? value >= target : value <= target;
  return meetsComparator(value, cmp, target, upper, tolerance);
}

/** `meets` for a comparator other than a plain number. */
function meetsComparator(
  value: number,
  cmp: number,
  target: number,
  upper: number,
  tolerance: number,
): boolean {
  switch (cmp) {
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
const SIGNS: readonly string[] = /* @__PURE__ */ BY_CODE.map(
  (comparator) => `${comparatorSign(comparator, 'plain')} `,
);

/**
 * The comparator as printed: `≥ 95`, `≈ 20 (±1)`, `40–50`. Short, so that the JIT inlines it
 * into the methods (the about and between cases are a function of their own).
 */
export function describeTarget(
  cmp: number,
  target: number,
  upper: number,
  tolerance: number,
  d: number,
): string {
  if (cmp >= CMP.about) return describeBand(cmp, target, upper, tolerance);
  // A plain number is reached from the desired side: at least it, or at most it for a decrease.
  const code = cmp === CMP.eq ? (d < 0 ? CMP.lte : CMP.gte) : cmp;
  const sign = SIGNS[code] as string;
  // `≥ ` and `≤ ` are two bytes a character, `> ` and `< ` one (see `fmtAfterWide`).
  return code === CMP.gte || code === CMP.lte ? fmtAfterWide(sign, target) : sign + fmt(target);
}

/** `describeTarget` of about (`≈ 20 (±1)`) and between (`40–50`). */
function describeBand(cmp: number, target: number, upper: number, tolerance: number): string {
  if (cmp === CMP.about)
    return `${comparatorSign('about', 'plain')} ${fmt(target)} (±${fmt(tolerance)})`;
  return `${fmt(target)}–${fmt(upper)}`;
}
