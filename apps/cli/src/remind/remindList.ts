import type { Project, Target } from '@plan/projects';
import type { Lang } from '../_lib/localize.js';
import { itemText } from '../tracking/itemText.js';
import type {
  Bilingual,
  PlanTracking,
  SupervisionReason,
  TrackingStatus,
  UnitName,
} from '../tracking/planTracking.types.js';

/** Why an item is in a unit's reminder: the supervision list's reasons, and a deadline coming. */
export type RemindReason = SupervisionReason | 'due_soon';
export const REMIND_REASONS: readonly RemindReason[] = [
  'overdue',
  'at_risk',
  'not_updated',
  'due_soon',
];

export type RemindItem = {
  id: string;
  kind: 'target' | 'measure';
  /** The unit's part in it. */
  role: 'lead' | 'cooperating';
  /** The first reason decides where the item is listed: overdue first. */
  reasons: RemindReason[];
  status: TrackingStatus;
  since: string | null;
  /** A target's deadline. */
  due: string | null;
  projectNumber: number | null;
  text: string;
  explanation: Bilingual;
};

/** One unit's reminder; `unit` null holds the items no lead unit is set for. */
export type RemindGroup = { unit: UnitName | null; unitId: string | null; items: RemindItem[] };

/** Days ahead in which a target's deadline counts as coming (one quarter). */
export const DUE_SOON_DAYS = 90;

const RANK: Record<RemindReason, number> = { overdue: 0, at_risk: 1, not_updated: 2, due_soon: 3 };

/**
 * What each unit has due and overdue on the as-of date: the supervision list's
 * items (overdue, at risk, not updated within the reporting cycle) under their
 * lead unit and each cooperating unit, and the targets not yet done whose
 * deadline is within DUE_SOON_DAYS. Items with no lead unit are grouped under
 * `unit: null` (the bureau has not assigned them); nothing is ever assigned
 * here. With `onlyUnit`, that unit's group alone. Pure.
 */
export function remindList(
  tracking: PlanTracking,
  plan: { projects: readonly Project[]; targets: readonly Target[] },
  units: readonly UnitName[],
  options: { lang: Lang; onlyUnit?: string | undefined; dueSoonDays?: number } = { lang: 'zh' },
): RemindGroup[] {
  const within = options.dueSoonDays ?? DUE_SOON_DAYS;
  type Entry = Omit<RemindItem, 'role'> & { lead: string | null; cooperating: readonly string[] };
  const entries = new Map<string, Entry>();
  for (const item of tracking.supervision)
    entries.set(item.id, {
      id: item.id,
      kind: item.kind,
      reasons: [...item.reasons],
      status: item.status,
      since: item.since,
      due: tracking.targets.find((target) => target.targetId === item.id)?.due ?? null,
      projectNumber: item.projectNumber,
      text: itemText(item.id, plan, options.lang),
      explanation: item.explanation,
      lead: item.leadUnit,
      cooperating: item.cooperatingUnits,
    });
  for (const target of tracking.targets) {
    if (target.status === 'done' || target.daysToDeadline < 0 || target.daysToDeadline > within)
      continue;
    const known = entries.get(target.targetId);
    if (known) {
      if (!known.reasons.includes('due_soon')) known.reasons.push('due_soon');
      continue;
    }
    entries.set(target.targetId, {
      id: target.targetId,
      kind: 'target',
      reasons: ['due_soon'],
      status: target.status,
      since: null,
      due: target.due,
      projectNumber: target.projectNumber,
      text: itemText(target.targetId, plan, options.lang),
      explanation: target.explanation,
      lead: target.owner?.lead ?? null,
      cooperating: target.owner?.cooperating ?? [],
    });
  }
  const all = [...entries.values()].sort(
    (a, b) =>
      RANK[a.reasons[0] ?? 'due_soon'] - RANK[b.reasons[0] ?? 'due_soon'] ||
      (a.projectNumber ?? 99) - (b.projectNumber ?? 99) ||
      a.id.localeCompare(b.id),
  );
  const strip = (
    { lead: _lead, cooperating: _cooperating, ...item }: Entry,
    role: RemindItem['role'],
  ) => ({
    ...item,
    role,
  });
  const ids = [
    ...new Set(all.flatMap((entry) => [...(entry.lead ? [entry.lead] : []), ...entry.cooperating])),
  ].sort();
  const groups: RemindGroup[] = ids.map((id) => ({
    unitId: id,
    unit: units.find((unit) => unit.id === id) ?? { id, nameZh: id, nameEn: null },
    items: all.flatMap((entry) =>
      entry.lead === id
        ? [strip(entry, 'lead')]
        : entry.cooperating.includes(id)
          ? [strip(entry, 'cooperating')]
          : [],
    ),
  }));
  const unassigned = all.filter((entry) => entry.lead === null);
  if (unassigned.length > 0)
    groups.push({
      unitId: null,
      unit: null,
      items: unassigned.map((entry) => strip(entry, 'lead')),
    });
  return options.onlyUnit === undefined
    ? groups
    : groups.filter((group) => group.unitId === options.onlyUnit);
}
