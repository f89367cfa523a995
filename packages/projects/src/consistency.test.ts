import { ordosPlan, parsePlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { fixtureCatalogueInput, fixturePlanInput } from './_test/fixtureCatalogueInput.js';
import { buildCatalogue } from './buildCatalogue.js';
import { ordosProjects, ordosTargets } from './catalogue.js';
import {
  ConsistencyInputError,
  checkConsistency,
  ordosConsistencyReport,
  ordosConsistencySources,
} from './consistency.js';
import type { ConsistencyFinding, PrintedReading } from './schema/consistencyFinding.js';
import type { ConsistencySources } from './schema/consistencySources.js';
import type { Target } from './schema/target.js';

const finding = (id: string, report = ordosConsistencyReport): ConsistencyFinding => {
  const found = report.findings.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
};
const printedValues = (found: ConsistencyFinding) =>
  found.readings.flatMap((reading) => (reading.basis === 'printed' ? [reading.printedValue] : []));

/** The Ordos targets with one changed, as a caller might pass them. */
function withTarget(id: string, change: Partial<Target>): Target[] {
  return ordosTargets.map((target) =>
    target.id === id ? ({ ...target, ...change } as Target) : target,
  );
}

/** The Ordos sources without our reading of some derived findings (a finding that is gone cannot be read). */
function sourcesWithout(...overrides: string[]): ConsistencySources {
  const kept = Object.fromEntries(
    Object.entries(ordosConsistencySources.overrides).filter(([id]) => !overrides.includes(id)),
  );
  return { ...ordosConsistencySources, overrides: kept };
}

describe('ordosConsistencyReport', () => {
  it('finds the referees the prose counts (1000) against the table’s 1800 second-grade and 180 first-grade', () => {
    const referees = finding('F-referees-second-grade-or-above');
    expect(referees).toMatchObject({ kind: 'table-vs-text', severity: 'high', origin: 'curated' });
    expect(printedValues(referees)).toEqual(['1000', '1800', '180', '1200', '120']);
  });

  it('finds 义务教育优质均衡 printed three ways: 55.6 in the table, 56% (5 旗区) in 专栏9, 一半以上 in 第二章', () => {
    const balanced = finding('F-indicator-quality-balanced-counties-share');
    expect(balanced).toMatchObject({
      kind: 'table-vs-text',
      severity: 'medium',
      origin: 'derived',
    });
    expect(printedValues(balanced)).toEqual(['55.6', '一半', '56']);
    expect(balanced.targetIds).toEqual(['T-C2S3-4', 'T-P09-M1-1']);
    expect(balanced.explanation.en).toMatch(/5 of the nine 旗区/);
  });

  it('finds 双师型 60% in 专栏12 against 中职60 and 高职70 in the table', () => {
    const dual = finding('F-indicator-dual-qualified-teachers-share');
    expect(dual.severity).toBe('high');
    expect(printedValues(dual)).toEqual(['中职60', '高职70', '60']);
    expect(dual.explanation.en).toMatch(/against secondary: 60 agrees/);
    expect(dual.explanation.en).toMatch(/against higher: 60 against the table’s 70/);
  });

  it('finds the claim of 95 measures against the 91 paragraphs (77 numbered) of the boxes', () => {
    const claim = finding('F-claim-measures');
    expect(claim.kind).toBe('count-claim');
    expect(claim.readings.map((reading) => reading.value)).toEqual([95, 91, 77]);
  });

  it('projects the yearly myopia pace onto 2025 and finds it stricter than the table', () => {
    const myopia = finding('F-indicator-student-myopia-rate');
    const implied = myopia.readings.find((reading) => reading.basis === 'derived');
    expect(implied).toMatchObject({ value: 55.5, comparator: 'lte' });
    expect(myopia.severity).toBe('high');
  });

  it('grades comparator differences by whether they change which values meet the target', () => {
    expect(finding('F-indicator-part-time-teachers-share')).toMatchObject({
      kind: 'comparator-mismatch',
      severity: 'medium',
    });
    expect(finding('F-indicator-non-degree-training-to-enrolment').severity).toBe('medium');
    expect(finding('F-indicator-preschool-enrolment-rate')).toMatchObject({
      kind: 'comparator-mismatch',
      severity: 'low',
    });
  });

  it('compares a target in another unit on the indicator’s scale (5 G against 5000 Mbps)', () => {
    const bandwidth = finding('F-indicator-school-bandwidth');
    expect(bandwidth.kind).toBe('comparator-mismatch');
    expect(bandwidth.title.en).toContain('≥5 (×1000 = ≥5000)');
  });

  it('finds the boxes whose paragraphs lack printed numbers, and 专栏3’s skipped （2）', () => {
    const numbering = ordosConsistencyReport.findings.filter((f) =>
      f.id.startsWith('F-numbering-box-'),
    );
    expect(numbering.map((f) => f.projects[0])).toEqual([3, 6, 13, 14, 16]);
    expect(finding('F-numbering-box-3').explanation.en).toMatch(/skip （2）/);
  });

  it('records the checks that agree: box titles and 附表1, sums, counted lists, targets that match the table', () => {
    const agreeing = ordosConsistencyReport.checks
      .filter((check) => check.outcome === 'agrees')
      .map((c) => c.id);
    expect(agreeing).toEqual(
      expect.arrayContaining([
        'C-claim-projects',
        'C-box-titles-match-annex',
        'C-indicator-compulsory-education-retention-rate',
        'C-indicator-regular-exercise-share',
        'C-indicator-national-sports-parks',
        'C-sum-weak-links-investment',
        'C-sum-reserve-talent-bases-baseline',
        'C-sum-vocational-enrolment-over-50000',
        'C-sum-additional-students-20000',
        'C-list-seven-hundreds-actions',
      ]),
    );
  });

  it('compares every target linked to an indicator: the tables print every number it needs', () => {
    const unread = ordosConsistencyReport.checks.filter((check) =>
      check.detail.en.includes('Not compared'),
    );
    expect(unread.map((check) => check.id)).toEqual([]);
  });

  it('links every disagreeing check to its findings and every derived finding to a check', () => {
    const findingIds = new Set(ordosConsistencyReport.findings.map((f) => f.id));
    const fromChecks = ordosConsistencyReport.checks.flatMap((check) => check.findingIds);
    for (const check of ordosConsistencyReport.checks) {
      expect(check.findingIds.length > 0, check.id).toBe(check.outcome === 'disagrees');
    }
    for (const id of fromChecks) expect(findingIds.has(id)).toBe(true);
    const derived = ordosConsistencyReport.findings
      .filter((f) => f.origin === 'derived')
      .map((f) => f.id);
    expect(new Set(fromChecks)).toEqual(new Set(derived));
  });

  it('gives every finding at least two readings, and orders findings by severity', () => {
    for (const found of ordosConsistencyReport.findings)
      expect(found.readings.length).toBeGreaterThanOrEqual(2);
    const order = { high: 0, medium: 1, low: 2 };
    const severities = ordosConsistencyReport.findings.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ordosConsistencyReport.findings[0]?.readings)).toBe(true);
  });
});

describe('checkConsistency', () => {
  it('returns the same report for the same input, without changing it', () => {
    const again = checkConsistency(ordosProjects, ordosTargets, ordosPlan, ordosConsistencySources);
    expect(again).toEqual(ordosConsistencyReport);
  });

  it('finds a target that disagrees with its indicator’s table value, and none once it agrees', () => {
    const report = checkConsistency(
      ordosProjects,
      withTarget('T-C2S3-5', { value: 98, printedValue: '98', text: '九年义务教育巩固率达到98%' }),
      ordosPlan,
      ordosConsistencySources,
    );
    expect(finding('F-indicator-compulsory-education-retention-rate', report)).toMatchObject({
      kind: 'table-vs-text',
      severity: 'high',
    });
    const agreeing = checkConsistency(
      ordosProjects,
      withTarget('T-C2S3-1', { comparator: 'eq' }),
      ordosPlan,
      sourcesWithout(),
    );
    expect(agreeing.findings.some((f) => f.id === 'F-indicator-preschool-enrolment-rate')).toBe(
      false,
    );
  });

  it('finds no difference in number once a pace reaches the table’s value exactly', () => {
    const report = checkConsistency(
      ordosProjects,
      withTarget('T-P06-M2-1', {
        value: 0.4,
        printedValue: '0.4',
        text: '力争儿童青少年近视率平均每年至少下降0.4个百分点以上',
      }),
      ordosPlan,
      ordosConsistencySources,
    );
    // 58 − 5 × 0.4 = 56 at most, against the table's 56: for a rate to lower, ≤ 56 and 56 are met alike.
    expect(finding('F-indicator-student-myopia-rate', report)).toMatchObject({
      kind: 'comparator-mismatch',
      severity: 'low',
    });
  });

  it('finds parts that no longer add up to their whole', () => {
    const report = checkConsistency(
      ordosProjects,
      withTarget('T-P19-M1-1', { value: 6.96, printedValue: '6.96', text: '规划投入6.96亿元' }),
      ordosPlan,
      ordosConsistencySources,
    );
    expect(finding('F-sum-weak-links-investment', report)).toMatchObject({
      kind: 'sum-mismatch',
      severity: 'medium',
    });
  });

  it('finds a box title that differs from its 附表1 name', () => {
    const projects = ordosProjects.map((project) =>
      project.number === 5
        ? { ...project, box: { ...project.box, title: { zh: '家校社共育工程', en: 'x' } } }
        : project,
    );
    const report = checkConsistency(projects, ordosTargets, ordosPlan, ordosConsistencySources);
    expect(finding('F-name-box-5', report)).toMatchObject({ kind: 'name-mismatch', projects: [5] });
  });

  it('agrees with a claimed count that matches', () => {
    const sources = {
      ...sourcesWithout('F-claim-measures'),
      claim: { ...ordosConsistencySources.claim, measures: 91 },
    };
    const report = checkConsistency(ordosProjects, ordosTargets, ordosPlan, sources);
    expect(report.checks.find((check) => check.id === 'C-claim-measures')?.outcome).toBe('agrees');
  });

  it('refuses our reading of a finding that was not derived', () => {
    const sources = {
      ...ordosConsistencySources,
      claim: { ...ordosConsistencySources.claim, measures: 91 },
    };
    expect(() => checkConsistency(ordosProjects, ordosTargets, ordosPlan, sources)).toThrow(
      /overrides name findings that were not derived: F-claim-measures/,
    );
  });

  it('refuses a reading it cannot cite, saying what to add', () => {
    const sources = {
      ...ordosConsistencySources,
      tableCells: ordosConsistencySources.tableCells.filter(
        (cell) => cell.indicator !== 'part-time-teachers-share',
      ),
    };
    expect(() => checkConsistency(ordosProjects, ordosTargets, ordosPlan, sources)).toThrow(
      /sources.tableCells has no line for part-time-teachers-share, target column/,
    );
  });

  it('refuses a table cell of an indicator the plan does not have, naming the path', () => {
    const sources = {
      ...ordosConsistencySources,
      tableCells: [
        ...ordosConsistencySources.tableCells,
        { indicator: 'fixture-coverage', column: 'target' as const, line: 1 },
      ],
    };
    expect(() => checkConsistency(ordosProjects, ordosTargets, ordosPlan, sources)).toThrow(
      /sources\.tableCells\.\d+\.indicator: unknown indicator "fixture-coverage"/,
    );
  });

  it('refuses invalid projects, naming the path', () => {
    const projects = [{ ...ordosProjects[0], number: 0 }] as unknown as typeof ordosProjects;
    expect(() =>
      checkConsistency(projects, ordosTargets, ordosPlan, ordosConsistencySources),
    ).toThrow(ConsistencyInputError);
    expect(() =>
      checkConsistency(projects, ordosTargets, ordosPlan, ordosConsistencySources),
    ).toThrow(/projects\.0\.number/);
  });

  it('refuses a curated reading of a target that does not exist', () => {
    const sources = {
      ...ordosConsistencySources,
      curated: [
        {
          id: 'F-test',
          kind: 'ambiguity' as const,
          severity: 'low' as const,
          title: { zh: '测试', en: 'Test' },
          readings: [{ target: 'T-C9S9-1' }, { target: 'T-C2S3-1' }],
          explanation: { en: 'Test' },
        },
      ],
    };
    expect(() => checkConsistency(ordosProjects, ordosTargets, ordosPlan, sources)).toThrow(
      /curated finding "F-test": unknown target "T-C9S9-1"/,
    );
  });

  it('cites printed readings with their location in the plan', () => {
    for (const found of ordosConsistencyReport.findings) {
      for (const reading of found.readings.filter(
        (r): r is PrintedReading => r.basis === 'printed',
      )) {
        expect(reading.location.line, found.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('checkConsistency over any plan (the invented fixture: 25 projects, 2026–2030)', () => {
  const input = fixtureCatalogueInput();
  const catalogue = buildCatalogue(input);
  const plan = parsePlan(fixturePlanInput);
  const sources: ConsistencySources = {
    outline: catalogue.outline,
    claim: {
      text: '说明：25个夹具项目共包含25项工作举措。',
      line: 20_100,
      projects: 25,
      implementationPlans: 0,
      measures: 25,
    },
    listClaims: [],
    baselines: catalogue.baselines,
    tableCells: [{ indicator: 'fixture-coverage', column: 'target', line: 900 }],
    sumChecks: [],
    curated: [],
    overrides: {},
  };

  it('agrees with the plan’s own count of 25 projects', () => {
    const report = checkConsistency(catalogue.projects, catalogue.targets, plan, sources);
    expect(report.checks.find((check) => check.id === 'C-claim-projects')?.outcome).toBe('agrees');
  });

  it('runs no count check for a plan that states no count of its own', () => {
    const { claim: _none, ...uncounted } = sources;
    const report = checkConsistency(catalogue.projects, catalogue.targets, plan, uncounted);
    expect(report.checks.filter((check) => check.id.startsWith('C-claim-'))).toEqual([]);
    expect(report.checks.map((check) => check.id)).toContain('C-indicator-fixture-coverage');
  });

  it('compares a linked target with the table’s value for the plan’s target year, 2030', () => {
    const report = checkConsistency(catalogue.projects, catalogue.targets, plan, sources);
    expect(
      report.checks.find((check) => check.id === 'C-indicator-fixture-coverage'),
    ).toMatchObject({
      outcome: 'agrees',
      detail: { en: expect.stringMatching(/table’s 2030 value/) },
    });
  });

  it('finds a target that states another number than the 2030 column', () => {
    const targets = catalogue.targets.map((target) =>
      target.id === 'T-P23-M1-1'
        ? { ...target, value: 85, printedValue: '85', text: '到2028年，夹具覆盖率达85%' }
        : target,
    );
    const report = checkConsistency(catalogue.projects, targets, plan, sources);
    const found = finding('F-indicator-fixture-coverage', report);
    expect(found).toMatchObject({ kind: 'table-vs-text', severity: 'high', projects: [23] });
    expect(found.explanation.en).toMatch(/The table prints 80 for 2030/);
  });
});
