import { ordosPlan } from '@plan/indicators';
import { ordosProjects, ordosTargets } from '@plan/projects';
import { MeasureTracking, SupervisionItem, TargetTracking } from '@plan/scoring';
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
    // Every row fits the published schemas (the API's OpenAPI document uses them).
    for (const target of result.targets)
      expect(TargetTracking.safeParse(target).success).toBe(true);
    for (const measure of result.measures)
      expect(MeasureTracking.safeParse(measure).success).toBe(true);
    for (const item of result.supervision)
      expect(SupervisionItem.safeParse(item).success).toBe(true);
  });
});

type Obs = Parameters<typeof trackPlan>[0]['observations'][number];
const obs = (series: string, year: number, value: number, over: Partial<Obs> = {}): Obs => ({
  indicatorId: series,
  targetId: series.startsWith('T-') ? series : null,
  region: 'ordos',
  year,
  date: `${year}-12-31`,
  period: 'year',
  value,
  source: 'survey',
  illustrative: false,
  approval: 'approved',
  ...over,
});
const at = (asOf: string, over: Partial<Parameters<typeof trackPlan>[0]> = {}) =>
  trackPlan({ ...base, asOf, ...over });
const targetOf = (result: ReturnType<typeof trackPlan>, id: string) => {
  const row = result.targets.find((target) => target.targetId === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
};
const measureOf = (result: ReturnType<typeof trackPlan>, id: string) => {
  const row = result.measures.find((measure) => measure.measureId === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
};

describe('trackPlan: where each target takes its figures from', () => {
  it('before any deadline and without data, every target is not reported (none silently absent)', () => {
    const result = at('2021-06-30');
    expect(result.plan.targets.not_reported).toBe(150);
    expect(result.plan.measures.not_reported).toBe(91);
    expect(result.supervision).toEqual([]); // no report due yet
  });

  it('judges a level target linked to an indicator from the indicator’s values', () => {
    const result = at('2024-06-30', {
      observations: [obs('inclusive-kindergarten-coverage', 2023, 99)],
    });
    const row = targetOf(result, 'T-C2S3-2');
    expect(row).toMatchObject({ status: 'done', basis: 'indicator', kind: 'level' });
    expect(row.latest).toEqual({ date: '2023-12-31', value: 99, region: 'ordos' });
    // The same indicator judges the project's target too.
    expect(targetOf(result, 'T-P08-M1-1').basis).toBe('indicator');
  });

  it('judges the plan’s baseline as where it starts, not as progress', () => {
    const result = at('2024-06-30', {
      observations: [obs('inclusive-kindergarten-coverage', 2020, 99, { source: 'plan' })],
    });
    expect(targetOf(result, 'T-C2S3-2').status).toBe('not_reported');
  });

  it('judges the linked pace target on the indicator’s year-on-year changes, baseline included', () => {
    const result = at('2023-03-01', {
      observations: [
        obs('student-myopia-rate', 2020, 60, { source: 'plan' }),
        obs('student-myopia-rate', 2021, 59.3),
        obs('student-myopia-rate', 2022, 58.7),
      ],
    });
    const row = targetOf(result, 'T-P06-M2-1');
    expect(row).toMatchObject({
      kind: 'pace',
      basis: 'indicator',
      status: 'on_track',
      aspirational: true,
    });
    expect(row.byYear?.map((year) => [year.year, year.met])).toEqual([
      [2021, true],
      [2022, true],
    ]);
    expect(row.byYear?.[0]?.value).toBeCloseTo(-0.7, 6);
  });

  it('judges any other target from its own figures, in the subject region', () => {
    const result = at('2024-06-30', {
      observations: [
        obs('T-P07-M2-1', 2023, 30),
        obs('T-P07-M2-1', 2023, 1, { region: 'dalad' }), // a district's figure for a city target
      ],
    });
    const row = targetOf(result, 'T-P07-M2-1');
    expect(row).toMatchObject({
      status: 'on_track',
      basis: 'own-figures',
      kind: 'cumulative',
      aspirational: true,
      measureId: 'P07-M2',
      projectNumber: 7,
    });
    expect(row.latest?.value).toBe(30);
  });

  it('judges a per-旗区 target in each of the nine districts', () => {
    const districts = ordosPlan.regions
      .filter((region) => region.parent === 'ordos')
      .map((r) => r.id);
    expect(districts).toHaveLength(9);
    const all = at('2024-06-30', {
      observations: districts.map((region) => obs('T-P01-M4-1', 2023, 1, { region })),
    });
    expect(targetOf(all, 'T-P01-M4-1').status).toBe('done');
    expect(targetOf(all, 'T-P01-M4-1').byRegion).toHaveLength(9);
    const some = at('2026-12-02', {
      observations: districts.slice(0, 5).map((region) => obs('T-P01-M4-1', 2025, 1, { region })),
    });
    expect(targetOf(some, 'T-P01-M4-1').status).toBe('overdue');
    const item = some.supervision.find((row) => row.id === 'T-P01-M4-1');
    expect(item?.laggingRegions).toEqual(districts.slice(5));
  });

  it('counts approved figures only, unless told', () => {
    const observations = [obs('T-P07-M2-1', 2023, 50, { approval: 'submitted' })];
    expect(targetOf(at('2024-06-30', { observations }), 'T-P07-M2-1').status).toBe('not_reported');
    expect(
      targetOf(at('2024-06-30', { observations, includeUnapproved: true }), 'T-P07-M2-1').status,
    ).toBe('done');
  });
});

describe('trackPlan: measures, owners, roll-ups and supervision', () => {
  it('derives a measure from its targets and flags a report that contradicts them', () => {
    const result = at('2026-12-02', {
      reports: [
        { measureId: 'P08-M2', period: '2025', status: 'done', createdAt: '2026-01-10T00:00:00Z' },
      ],
    });
    const row = measureOf(result, 'P08-M2');
    expect(row).toMatchObject({
      status: 'overdue',
      derivedFrom: 'targets',
      reportedStatus: 'done',
    });
    expect(row.conflict?.zh).toContain('不一致');
    expect(row.latestReport?.period).toBe('2025');
  });

  it('takes a deliverable reported done for a measure without targets, off the supervision list', () => {
    const result = at('2026-12-02', {
      reports: [
        {
          measureId: 'P08-M3',
          period: '2023',
          status: 'done',
          createdAt: '2023-12-01T00:00:00Z',
          deliverable: { done: true, date: '2023-11-30', document: '实施方案' },
        },
      ],
    });
    expect(measureOf(result, 'P08-M3')).toMatchObject({ status: 'done', derivedFrom: 'reports' });
    expect(result.supervision.some((item) => item.id === 'P08-M3')).toBe(false);
    expect(result.projects.find((p) => p.number === 8)?.rollUp).toMatchObject({
      done: 1,
      total: 3,
    });
  });

  it('gives each item its own owner, a target without one its measure’s, and invents none', () => {
    const result = at('2024-06-30', {
      responsibilities: [
        { itemId: 'P07-M2', lead: 'sports-bureau', cooperating: ['education-bureau'] },
        { itemId: 'T-P07-M2-2', lead: 'education-bureau', cooperating: [] },
        { itemId: 'P07-M3', lead: null, cooperating: [] },
      ],
    });
    expect(targetOf(result, 'T-P07-M2-1').owner).toEqual({
      lead: 'sports-bureau',
      cooperating: ['education-bureau'],
    });
    expect(targetOf(result, 'T-P07-M2-2').owner).toEqual({
      lead: 'education-bureau',
      cooperating: [],
    });
    expect(measureOf(result, 'P07-M2').owner?.lead).toBe('sports-bureau');
    expect(measureOf(result, 'P07-M3').owner).toBeNull();
    expect(targetOf(result, 'T-C2S3-2').owner).toBeNull();
  });

  it('lists on the supervision list what is overdue and not updated, with owner and since when', () => {
    const result = at('2024-03-01', {
      responsibilities: [{ itemId: 'P07-M2', lead: 'sports-bureau', cooperating: [] }],
    });
    // T-P07-M2-4 was due in 2022: overdue since its deadline.
    const overdue = result.supervision.find((item) => item.id === 'T-P07-M2-4');
    expect(overdue).toMatchObject({
      kind: 'target',
      projectNumber: 7,
      status: 'overdue',
      reasons: ['overdue', 'not_updated'],
      since: '2022-12-31',
      leadUnit: 'sports-bureau',
    });
    // Its measure (due 2025) is overdue by it, since the target's deadline.
    expect(result.supervision.find((item) => item.id === 'P07-M2')).toMatchObject({
      kind: 'measure',
      status: 'overdue',
      since: '2022-12-31',
      leadUnit: 'sports-bureau',
    });
    // Not yet due, never reported: not updated for 2023 since 30 January 2024.
    const stale = result.supervision.find((item) => item.id === 'P08-M3');
    expect(stale).toMatchObject({ kind: 'measure', reasons: ['not_updated'], since: '2024-01-30' });
    expect(result.supervision[0]?.reasons[0]).toBe('overdue');
  });

  it('rolls up each project’s measures and targets and the plan’s', () => {
    const result = at('2026-12-02');
    const seven = result.projects.find((project) => project.number === 7);
    expect(seven?.targets.total).toBe(12);
    expect(seven?.targets.overdue).toBe(12);
    expect(result.projects.reduce((sum, project) => sum + project.rollUp.total, 0)).toBe(91);
    expect(result.targets.filter((target) => target.projectNumber === null)).toHaveLength(74);
  });
});
