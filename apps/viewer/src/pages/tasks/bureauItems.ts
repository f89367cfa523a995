import type { TrackingStatus } from '@plan/scoring';
import type { MeasureTrackingItem, TargetTrackingItem } from '../../api/tracking.js';
import type { TaskItem } from './myTasks.types.js';

/** The bureau's filters: one status of the vocabulary and one project (专栏), each optional. */
export type BureauFilters = { status?: TrackingStatus | undefined; project?: number | undefined };

/** The cards of one project (专栏); `projectNumber` null for targets stated outside any project. */
export type BureauGroup = { projectNumber: number | null; items: TaskItem[] };

/**
 * Every item of the plan as the bureau's cards: each measure (its targets are shown inside its
 * card), and each target stated outside a measure on its own. A measure's report is due when
 * the period now due (`dueId`) is not its latest reported period and it is not done — the
 * API's reading for a unit's tasks, from what GET /measures gives.
 */
export function bureauItems(
  measures: readonly Pick<
    MeasureTrackingItem,
    'id' | 'projectNumber' | 'status' | 'due' | 'latestReportPeriod'
  >[],
  targets: readonly Pick<
    TargetTrackingItem,
    'id' | 'measureId' | 'projectNumber' | 'status' | 'due'
  >[],
  o: { dueId: string | null; supervised: ReadonlySet<string> },
): { items: TaskItem[]; targetStatuses: ReadonlyMap<string, TrackingStatus[]> } {
  const measureIds = new Set(measures.map((measure) => measure.id));
  const targetStatuses = new Map<string, TrackingStatus[]>();
  const items: TaskItem[] = measures.map((measure) => ({
    id: measure.id,
    kind: 'measure',
    role: null,
    projectNumber: measure.projectNumber,
    status: measure.status,
    due: measure.due,
    reportDue:
      o.dueId !== null && measure.latestReportPeriod !== o.dueId && measure.status !== 'done',
    supervised: o.supervised.has(measure.id),
  }));
  for (const target of targets) {
    if (target.measureId !== null && measureIds.has(target.measureId)) {
      targetStatuses.set(target.measureId, [
        ...(targetStatuses.get(target.measureId) ?? []),
        target.status,
      ]);
      continue;
    }
    items.push({
      id: target.id,
      kind: 'target',
      role: null,
      projectNumber: target.projectNumber,
      status: target.status,
      due: target.due,
      reportDue: false,
      supervised: o.supervised.has(target.id),
    });
  }
  return { items, targetStatuses };
}

/**
 * The cards the filters keep. A measure's card is kept for a status when the measure or one of
 * its targets (shown inside the card) has it, so no target of that status is hidden.
 */
export function filterBureauItems(
  items: readonly TaskItem[],
  targetStatuses: ReadonlyMap<string, readonly TrackingStatus[]>,
  filters: BureauFilters,
): TaskItem[] {
  return items.filter((item) => {
    if (filters.project !== undefined && item.projectNumber !== filters.project) return false;
    if (filters.status === undefined || item.status === filters.status) return true;
    return item.kind === 'measure' && (targetStatuses.get(item.id) ?? []).includes(filters.status);
  });
}

/** The cards by project (专栏), in the plan's order; targets outside any project last. */
export function groupByProject(items: readonly TaskItem[]): BureauGroup[] {
  const groups = new Map<number | null, TaskItem[]>();
  for (const item of items)
    groups.set(item.projectNumber, [...(groups.get(item.projectNumber) ?? []), item]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([projectNumber, grouped]) => ({ projectNumber, items: grouped }));
}
