import type { Project } from '@plan/projects';
import type {
  MeasureTrackingItem,
  TargetTrackingItem,
  TrackingStatus,
} from '../../api/tracking.js';
import type { Target } from '../../api/types.js';

// The timeline's layout, pure: each project's targets and measures placed on the
// year of their deadline, so the page only draws it.

/** One deadline on the timeline: a target or a measure, on its year. */
export type TimelineEntry = {
  id: string;
  kind: 'target' | 'measure';
  /** The deadline's year */
  year: number;
  /** The deadline, ISO (YYYY-MM-DD) */
  due: string;
  /** The deadline is not stated: the plan's end, or the latest of the measure's targets' */
  inferred: boolean;
  /** null when the tracking is not known (an API without it) */
  status: TrackingStatus | null;
  /** Overdue (逾期未完成) by the tracking; never guessed from the date alone */
  overdue: boolean;
  /** The deadline is on or before the as-of date */
  passed: boolean;
  /** The measure a target belongs to; the measure's own id for a measure */
  measureId: string | null;
};

export type TimelineRow = {
  project: Project;
  /** Entries by year, every year of the period present (empty where nothing is due) */
  years: { year: number; entries: TimelineEntry[] }[];
  /** Entries due before or after the period (none in the Ordos plan; kept so none is lost) */
  outside: TimelineEntry[];
};

/** The years of the plan period, first to last. */
export function periodYears(period: { start: number; end: number }): number[] {
  return Array.from({ length: period.end - period.start + 1 }, (_, index) => period.start + index);
}

function targetDue(target: Target): string {
  return target.deadline.date ?? `${target.deadline.year}-12-31`;
}

/**
 * A measure's deadline: the plan states none for a measure. It is the latest of its
 * targets' deadlines (then stated when they are), or, for a measure without targets,
 * the plan's end (inferred), unless the API's tracking gives one.
 */
export function measureDue(
  measure: Project['measures'][number],
  targets: ReadonlyMap<string, Target>,
  planEnd: number,
  tracked?: { due?: string | null } | undefined,
): { due: string; inferred: boolean } {
  const own = measure.targetIds.flatMap((id) => {
    const target = targets.get(id);
    return target ? [target] : [];
  });
  if (own.length === 0) return { due: tracked?.due || `${planEnd}-12-31`, inferred: true };
  const latest = own.reduce((last, target) =>
    targetDue(target) > targetDue(last) ? target : last,
  );
  return { due: tracked?.due || targetDue(latest), inferred: latest.deadline.inferred };
}

/** Each project with its targets' and measures' deadlines on the years of the period. */
export function timelineRows(input: {
  projects: readonly Project[];
  targets: readonly Target[];
  period: { start: number; end: number };
  asOf: string;
  targetTracking: ReadonlyMap<string, TargetTrackingItem> | null;
  measureTracking: ReadonlyMap<string, MeasureTrackingItem> | null;
}): TimelineRow[] {
  const targets = new Map(input.targets.map((target) => [target.id, target]));
  const years = periodYears(input.period);
  return input.projects.map((project) => {
    const entries: TimelineEntry[] = [];
    for (const measure of project.measures) {
      const tracked = input.measureTracking?.get(measure.id);
      const { due, inferred } = measureDue(measure, targets, input.period.end, tracked);
      const status = tracked?.status ?? null;
      entries.push({
        id: measure.id,
        kind: 'measure',
        year: Number(due.slice(0, 4)),
        due,
        inferred,
        status,
        overdue: status === 'overdue',
        passed: due <= input.asOf,
        measureId: measure.id,
      });
      for (const id of measure.targetIds) {
        const target = targets.get(id);
        if (!target) continue;
        const trackedTarget = input.targetTracking?.get(id);
        const targetStatus = trackedTarget?.status ?? null;
        const targetDueDate = targetDue(target);
        entries.push({
          id,
          kind: 'target',
          year: target.deadline.year,
          due: targetDueDate,
          inferred: target.deadline.inferred,
          status: targetStatus,
          overdue: targetStatus === 'overdue',
          passed: targetDueDate <= input.asOf,
          measureId: measure.id,
        });
      }
    }
    return {
      project,
      years: years.map((year) => ({
        year,
        entries: entries.filter((entry) => entry.year === year),
      })),
      outside: entries.filter((entry) => !years.includes(entry.year)),
    };
  });
}

/** Entries worth a look first: overdue, then at risk. */
export function needsAttention(entry: TimelineEntry): boolean {
  return entry.overdue || entry.status === 'at_risk';
}
