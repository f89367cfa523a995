import type { SupervisionItem, SupervisionReason } from '../../api/tracking.js';

/**
 * The colour warnings of 督查督办 (red = overdue, yellow/orange = behind but recoverable),
 * and grey for an item nobody updated in its cycle: worst first.
 */
export const reasonColours: Record<SupervisionReason, string> = {
  overdue: '#cf222e',
  at_risk: '#d4760a',
  not_updated: '#8c959f',
};

/** Worst first: what colours a row that has several reasons. */
export const reasonOrder: readonly SupervisionReason[] = ['overdue', 'at_risk', 'not_updated'];

/** The reason that colours a row: the worst it has. */
export function worstReason(reasons: readonly SupervisionReason[]): SupervisionReason {
  return reasonOrder.find((reason) => reasons.includes(reason)) ?? 'not_updated';
}

/**
 * The list as the page shows it: overdue first, then at risk, then not updated; within a
 * reason the longest-standing first (an unknown start last), then by id.
 */
export function sortSupervision(items: readonly SupervisionItem[]): SupervisionItem[] {
  const rank = (item: SupervisionItem) => reasonOrder.indexOf(worstReason(item.reasons));
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}

/** How many rows each reason colours. */
export function countByReason(
  items: readonly SupervisionItem[],
): Record<SupervisionReason, number> {
  const counts: Record<SupervisionReason, number> = { overdue: 0, at_risk: 0, not_updated: 0 };
  for (const item of items) counts[worstReason(item.reasons)] += 1;
  return counts;
}
