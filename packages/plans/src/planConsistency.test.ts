import { describe, expect, it } from 'vitest';
import { parsePlan } from './parsePlan.js';
import { planConsistency } from './planConsistency.js';
import { fixturePlanFile } from './testing/fixturePlanFile.js';

/** The fixture plan with one target's value changed in its text and number, so it contradicts its table. */
function contradicting() {
  const text = JSON.stringify(fixturePlanFile);
  const file = JSON.parse(text);
  const target = file.projects.proseTargets.find(
    (candidate: { indicatorId?: string }) => candidate.indicatorId !== undefined,
  );
  return { file, target };
}

describe('planConsistency', () => {
  it('checks an added plan against itself and its tables, every check on record', () => {
    const report = planConsistency(parsePlan(fixturePlanFile));
    const disagreeing = report?.checks
      .filter((check) => check.outcome === 'disagrees')
      .map((check) => check.id);
    // The fixture's invented text states two targets apart from its table (≥95 against ≥96.0,
    // a yearly fall against ≤48.0); its sports ground target agrees with the table.
    expect(disagreeing).toEqual([
      'C-indicator-fixture-preschool-enrolment-rate',
      'C-indicator-fixture-myopia-rate',
    ]);
    expect(
      report?.checks.find((check) => check.id === 'C-indicator-fixture-sports-ground-area'),
    ).toMatchObject({ outcome: 'agrees' });
  });

  it('finds a target that contradicts its indicator table, citing the cell by its table', () => {
    const { file, target } = contradicting();
    expect(target, 'the fixture has a prose target linked to an indicator').toBeDefined();
    target.text = target.text.replace(target.printedValue, '1');
    target.printedValue = '1';
    target.value = 1;
    const report = planConsistency(parsePlan(file));
    const finding = report?.findings.find((candidate) =>
      candidate.indicatorIds.includes(target.indicatorId),
    );
    expect(finding).toBeDefined();
    const cell = finding?.readings.find(
      (reading) => reading.basis === 'printed' && reading.location.table !== undefined,
    );
    expect(cell?.location).toEqual({ table: expect.any(String) });
  });

  it('says which targets it could not compare, where the table prints no number they need', () => {
    // A yearly fall (T-P03-M1-1) is projected from the baseline, here left blank.
    const file = JSON.parse(
      JSON.stringify(fixturePlanFile).replace('"baseline":"54.0"', '"baseline":"—"'),
    );
    const report = planConsistency(parsePlan(file));
    const myopia = report?.checks.find((check) => check.id === 'C-indicator-fixture-myopia-rate');
    expect(myopia?.outcome).toBe('agrees');
    expect(myopia?.detail.en).toMatch(
      /Not compared: T-P03-M1-1: a yearly pace needs the table’s 2025 value/,
    );
  });

  it('writes each finding in Chinese as well, naming places as the plan prints them and no line', () => {
    const report = planConsistency(parsePlan(fixturePlanFile));
    expect(report?.findings.length).toBeGreaterThan(0);
    for (const finding of report?.findings ?? []) {
      expect(finding.title.zh, finding.id).toMatch(/[\u4e00-\u9fff]/);
      expect(finding.explanation.zh, finding.id).toMatch(/^表中\d{4}年的目标值为/);
      expect(finding.explanation.zh, finding.id).not.toMatch(/line|\bT-[A-Z0-9-]+/);
    }
  });

  it('has nothing to check in a plan without projects', () => {
    const { projects: _projects, ...withoutProjects } = fixturePlanFile;
    expect(planConsistency(parsePlan(withoutProjects))).toBeUndefined();
  });
});
