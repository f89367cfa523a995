import { ordosPlan, ordosPlanInput } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { parsePlan, safeParsePlan } from './parsePlan.js';
import type { PlanFileInput } from './planFile.js';
import { PlanFileError } from './planFileError.js';
import { fixturePlanFile } from './testing/fixturePlanFile.js';

/** A writable copy of the fixture, to break in one place or several. */
const fixture = (): PlanFileInput => structuredClone(fixturePlanFile) as PlanFileInput;
/** The fixture with the value at each dotted path replaced (`'projects.projects.2.number': 0`). */
function fixtureWith(changes: Record<string, unknown>): unknown {
  const file = fixture();
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      file,
    ) as Record<string, unknown>;
    parent[last] = value;
  }
  return file;
}
const issuesOf = (json: unknown) => {
  const result = safeParsePlan(json);
  if (result.success) throw new Error('expected the file to be refused');
  return result.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('parsePlan', () => {
  it('reads a file with only the indicator part: the plan, no catalogue, no amendments', () => {
    const parsed = parsePlan({ format: 'plan-file/1', ...ordosPlanInput });
    expect(parsed.plan).toEqual(ordosPlan);
    expect(parsed.catalogue).toBeUndefined();
    expect(parsed.amendments).toEqual([]);
    expect(parsed.succession).toBeUndefined();
    expect(parsed.file.format).toBe('plan-file/1');
  });

  it('freezes what it returns', () => {
    const parsed = parsePlan(fixturePlanFile);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.plan.indicators[0])).toBe(true);
    expect(Object.isFrozen(parsed.catalogue?.projects[0]?.measures)).toBe(true);
  });

  it('does not change its input', () => {
    const input = fixture();
    const before = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(before);
  });

  it('refuses a file without its format, naming the field', () => {
    const { format: _format, ...rest } = fixture();
    expect(issuesOf(rest)).toEqual([
      { path: 'format', message: expect.stringContaining('plan-file/1') },
    ]);
  });

  it('refuses what is not an object at all', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: expect.any(String) }]);
    expect(issuesOf(null)).toHaveLength(1);
  });

  it('lists every problem of the file at once, each with its path from the top', () => {
    const issues = issuesOf(
      fixtureWith({
        format: 'plan-file/2',
        'tables.0.indicators.1.values.subject.target': '5000.5',
        'projects.projects.2.number': 0,
        'projects.projects.1.measures.1.line': 32,
        'projects.projects.0.measures.0.targets.1.indicatorId': 'no-such-indicator',
        'projects.proseTargets.0.printedValue': '4',
        'succession.links.1.to': 'student-myopia-rate',
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'format',
        'tables.0.indicators.1.values.subject.target',
        'projects.projects.2.number',
        'projects.projects.1.measures.1.line',
        'projects.projects.0.measures.0.targets.1.indicatorId',
        'projects.proseTargets.0.printedValue',
        'succession.links.1.to',
      ]),
    );
    // The shape check and buildCatalogue both see a bad project number: it is listed once.
    expect(issues.filter((issue) => issue.path === 'projects.projects.2.number')).toHaveLength(1);
  });

  it('checks projects and links even when a table has a problem', () => {
    const file = fixtureWith({
      'tables.1.indicators.0.values.subject.target': '≤148.0',
      'projects.baselines.0.indicatorId': 'no-such-indicator',
    });
    expect(issuesOf(file).map((issue) => issue.path)).toEqual([
      'tables.1.indicators.0.values.subject.target',
      'projects.baselines.0.indicatorId',
    ]);
  });

  it('takes the due year a target leaves out from the plan period', () => {
    const { catalogue } = parsePlan(fixturePlanFile);
    const stated = catalogue?.targets.find((target) => target.id === 'T-P01-M2-1');
    const inferred = catalogue?.targets.find((target) => target.id === 'T-P01-M1-1');
    expect(stated?.deadline).toEqual({ year: 2028, inferred: false });
    expect(inferred?.deadline).toEqual({ year: 2030, inferred: true });
  });

  it('reads amendments and checks them against the plan and its project targets', () => {
    const raise = {
      id: 'fixture-raise-enrolment',
      kind: 'target',
      indicatorId: 'fixture-preschool-enrolment-rate',
      effectiveDate: '2028-07-01',
      reason: '虚构的中期调整（测试用）',
      decidedBy: { title: '虚构文件（测试用）' },
      value: '≥97.0',
    } as const;
    const file = fixture();
    file.amendments = [raise];
    expect(parsePlan(file).amendments).toEqual([raise]);
    file.amendments = [
      raise,
      { ...raise, id: 'fixture-unknown', indicatorId: 'no-such-row' },
      { ...raise, id: 'fixture-unknown-target', targetId: 'T-P09-M1-1' },
    ];
    expect(issuesOf(file).map((issue) => issue.path)).toEqual([
      'amendments.1.indicatorId',
      'amendments.2.targetId',
    ]);
  });

  it('refuses a succession naming the plan itself as its predecessor', () => {
    const file = fixture();
    file.succession = { predecessor: file.id, links: [] };
    expect(issuesOf(file)).toEqual([
      { path: 'succession.predecessor', message: expect.stringContaining('own id') },
    ]);
  });

  it('throws PlanFileError with the issues, its message naming each path', () => {
    const file = fixture();
    file.benchmarkRegion = 'nowhere';
    let caught: unknown;
    try {
      parsePlan(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanFileError);
    expect((caught as PlanFileError).issues).toEqual([
      { path: ['benchmarkRegion'], message: 'unknown region "nowhere": not in regions' },
    ]);
    expect((caught as PlanFileError).message).toContain('- benchmarkRegion: unknown region');
  });
});
