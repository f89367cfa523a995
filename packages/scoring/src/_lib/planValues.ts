import type { PlanValue } from '@plan/indicators';
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

/** The share, in percent, of one part of a ratio (职普比例 35：65 → 35 for part 0). */
export function shareOf(parts: readonly number[], index: number): number | null {
  const total = parts.reduce((sum, part) => sum + part, 0);
  const part = parts[index];
  return total > 0 && part !== undefined ? (part * 100) / total : null;
}

/** The printed ratio part as a scalar. */
export function ratioShareOf(cell: Cell | undefined, index: number): Scalar | null {
  if (cell?.kind !== 'ratio') return null;
  const share = shareOf(cell.parts, index);
  return share === null ? null : { value: share, comparator: 'eq', printed: cell.printed };
}
