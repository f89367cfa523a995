import { ordosPlan } from '@plan/indicators';
import { ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { trackPlan } from './trackPlan.js';

const base = {
  plan: ordosPlan,
  projects: ordosProjects,
  targets: ordosTargets,
  observations: [],
  reports: [],
  responsibilities: [],
  cycle: 'year' as const,
};

describe('trackPlan on the Ordos plan', () => {
  it('gives every one of the 150 targets and 91 measures a status, none silently absent', () => {
    const result = trackPlan({ ...base, asOf: '2026-12-02' });
    expect(result.targets).toHaveLength(150);
    expect(result.measures).toHaveLength(91);
    expect(result.plan.targets.total).toBe(150);
    expect(result.plan.measures.total).toBe(91);
    // With no data after every deadline, every target and every measure is overdue.
    expect(result.plan.targets.overdue).toBe(150);
    expect(result.plan.measures.overdue).toBe(91);
    expect(result.supervision).toHaveLength(241);
    expect(result.projects).toHaveLength(20);
  });
});
