import type { SupervisionItem } from './planTracking.types.js';

const REASON_ORDER = { overdue: 0, at_risk: 1, not_updated: 2 } as const;

/** The worst reason of an item first: overdue before at risk before not updated. */
const worst = (item: SupervisionItem) =>
  Math.min(...item.reasons.map((reason) => REASON_ORDER[reason]), 3);

/**
 * The supervision list by lead unit: units in order of their ids, the items
 * with no lead unit last (unit null: the bureau has not assigned them); in a
 * unit, the worst first, then by project and id.
 */
export function supervisionByUnit(
  items: readonly SupervisionItem[],
): { unit: string | null; items: SupervisionItem[] }[] {
  const units = [...new Set(items.map((item) => item.leadUnit))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return units.map((unit) => ({
    unit,
    items: items
      .filter((item) => item.leadUnit === unit)
      .sort(
        (a, b) =>
          worst(a) - worst(b) ||
          (a.projectNumber ?? 99) - (b.projectNumber ?? 99) ||
          a.id.localeCompare(b.id),
      ),
  }));
}
