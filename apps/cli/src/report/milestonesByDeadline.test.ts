import { ordosPlan } from '@plan/indicators';
import { ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import type { UsedObservation } from '../assessment/selectObservations.js';
import { milestonesByDeadline } from './milestonesByDeadline.js';

const used = (region: string): UsedObservation[] => [
  {
    indicatorId: 'regular-exercise-share',
    region,
    time: '2023',
    day: '2023-12-31',
    year: 2023,
    value: 45.5,
    source: 'demo',
    illustrative: true,
    submitted: false,
  },
];

const rowOf = (region: string) =>
  milestonesByDeadline({
    plan: ordosPlan,
    targets: ordosTargets,
    projects: ordosProjects,
    used: used(region),
    region,
    asOf: '2024-06-30',
  })
    .flatMap((group) => group.rows)
    .find((row) => row.target.id === 'T-C2S3-16');

describe('milestonesByDeadline', () => {
  it('groups the targets by deadline year, earliest first', () => {
    const groups = milestonesByDeadline({
      plan: ordosPlan,
      targets: ordosTargets,
      projects: ordosProjects,
      used: [],
      region: 'ordos',
      asOf: '2024-06-30',
    });
    const years = groups.map((group) => group.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(groups.flatMap((group) => group.rows)).toHaveLength(ordosTargets.length);
  });

  it("judges a level target from its indicator's values in the plan's own region, as the API does", () => {
    const row = rowOf('ordos');
    expect(row?.assessment?.status).toBe('met');
    expect(row?.illustrative).toBe(true);
  });

  it('leaves the targets unjudged in a district: the plan sets them for the city as a whole', () => {
    const row = rowOf('dongsheng');
    expect(row?.assessment).toBeNull();
    expect(row?.illustrative).toBe(false);
  });
});
