import { ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { measureDue, periodYears, timelineRows } from './timelineView.js';

const targets = new Map(ordosTargets.map((target) => [target.id, target]));
const measure = (id: string) => {
  const found = ordosProjects.flatMap((project) => project.measures).find((item) => item.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('timelineView', () => {
  it('lists the years of the period', () => {
    expect(periodYears({ start: 2021, end: 2025 })).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('gives a measure its targets’ latest deadline, or the plan’s end, inferred', () => {
    expect(measureDue(measure('P08-M3'), targets, 2025)).toEqual({
      due: '2025-12-31',
      inferred: true,
    });
    const withTargets = measureDue(measure('P07-M2'), targets, 2025);
    const latest = measure('P07-M2')
      .targetIds.map((id) => targets.get(id)?.deadline.year ?? 0)
      .sort()
      .at(-1);
    expect(withTargets.due.slice(0, 4)).toBe(String(latest));
    // A deadline the API gives wins; a measure without targets stays inferred.
    expect(measureDue(measure('P08-M3'), targets, 2025, { due: '2023-06-30' })).toEqual({
      due: '2023-06-30',
      inferred: true,
    });
  });

  it('places every measure and every target of a measure once, on a year of the period', () => {
    const rows = timelineRows({
      projects: ordosProjects,
      targets: ordosTargets,
      period: { start: 2021, end: 2025 },
      asOf: '2024-06-30',
      targetTracking: null,
      measureTracking: null,
    });
    const entries = rows.flatMap((row) => row.years.flatMap((year) => year.entries));
    const measures = ordosProjects.flatMap((project) => project.measures);
    expect(entries.filter((entry) => entry.kind === 'measure')).toHaveLength(measures.length);
    expect(entries.filter((entry) => entry.kind === 'target')).toHaveLength(
      measures.reduce((sum, item) => sum + item.targetIds.length, 0),
    );
    expect(rows.every((row) => row.outside.length === 0)).toBe(true);
    // No tracking: nothing is called overdue, only passed.
    expect(entries.some((entry) => entry.overdue)).toBe(false);
    expect(entries.some((entry) => entry.passed)).toBe(true);
  });
});
