import { type PlanValue, ratioShare } from '@plan/indicators';
import type { TargetComparator } from '../schema/assessInput.js';

/** One number of a plan cell, with how it is stated. */
export type Scalar = { value: number; comparator: TargetComparator; printed: string };

type Cell = PlanValue | { kind: 'absent'; printed: string };

/** The number of a plain or comparator cell; null for blank, ratio or split cells. */
export function scalarOf(cell: Cell | undefined): Scalar | null {
  if (!cell) return null;
  if (cell.kind === 'number') return { value: cell.value, comparator: 'eq', printed: cell.printed };
  if (cell.kind === 'comparator')
    return { value: cell.value, comparator: cell.comparator, printed: cell.printed };
  return null;
}

/** The number of one part of a split cell (双师型: 中职 / 高职). */
export function partOf(cell: Cell | undefined, part: string): Scalar | null {
  if (cell?.kind !== 'split') return null;
  const found = cell.parts.find((entry) => entry.part === part);
  return found ? scalarOf(found.value) : null;
}

/** The printed ratio part as a scalar. */
export function ratioShareOf(cell: Cell | undefined, index: number): Scalar | null {
  if (cell?.kind !== 'ratio') return null;
  const share = ratioShare(cell.parts, index);
  return share === undefined ? null : { value: share, comparator: 'eq', printed: cell.printed };
}
