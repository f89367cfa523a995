import type { Plan, TargetComparator } from '@plan/indicators';
import { readAmendedValue } from './_lib/readAmendedValue.js';
import type { Amendment } from './amendment.js';

/** What `targetsInForce` reads of a project target (a @plan/projects Target fits). */
type AmendableTarget = {
  id: string;
  comparator: TargetComparator;
  value: number;
  upper?: number | undefined;
  indicatorScale?: number | undefined;
};

/** A project target judged against an amended value, beside the one the plan prints. */
export type AmendedTarget = {
  targetId: string;
  amendment: Amendment;
  /** As the amending document prints it (`≥97.0`). */
  printed: string;
  printedValue: { comparator: TargetComparator; value: number; upper: number | undefined };
  inForce: { comparator: TargetComparator; value: number; upper: number | undefined };
};

/**
 * The project targets in force: each target an applied amendment names (`targetId`, kind
 * `target`) takes the amended value, read by its indicator's unit and scaled to the target's
 * own unit (`indicatorScale`); a plain number keeps the target's comparator, `≥97.0` brings its
 * own. The targets given are not changed, and `amended` lists each with the printed value
 * beside the one in force, so a reader sees both. An amendment whose value is a ratio or a
 * split (no single number) is left out of `amended` and named in `notApplied`.
 *
 * `applied` are the amendments in force on a date (`planInForce(…).applied`).
 */
export function targetsInForce<T extends AmendableTarget>(
  plan: Readonly<Plan>,
  targets: readonly T[],
  applied: readonly Amendment[],
): { targets: T[]; amended: AmendedTarget[]; notApplied: Amendment[] } {
  const byTarget = new Map<string, Amendment>();
  for (const amendment of applied)
    if (amendment.kind === 'target' && amendment.targetId !== undefined)
      byTarget.set(amendment.targetId, amendment);
  const amended: AmendedTarget[] = [];
  const notApplied: Amendment[] = [];
  const inForce = targets.map((target) => {
    const amendment = byTarget.get(target.id);
    if (amendment?.kind !== 'target') return target;
    const indicator = plan.indicators.find((candidate) => candidate.id === amendment.indicatorId);
    const read = indicator ? readAmendedValue(indicator, amendment.value, []) : undefined;
    const value = read?.ok ? read.value : undefined;
    if (value?.kind !== 'number' && value?.kind !== 'comparator') {
      notApplied.push(amendment);
      return target;
    }
    const scale = target.indicatorScale ?? 1;
    const next = {
      comparator: value.kind === 'comparator' ? value.comparator : target.comparator,
      value: value.value / scale,
      upper: undefined,
    };
    amended.push({
      targetId: target.id,
      amendment,
      printed:
        typeof amendment.value === 'string' ? amendment.value : JSON.stringify(amendment.value),
      printedValue: { comparator: target.comparator, value: target.value, upper: target.upper },
      inForce: next,
    });
    const { upper: _upper, ...rest } = target;
    return { ...rest, comparator: next.comparator, value: next.value } as T;
  });
  return { targets: inForce, amended, notApplied };
}
