import { describe, expect, it } from 'vitest';
import { parsePlan } from '../parsePlan.js';
import { fixturePlanFile } from '../testing/fixturePlanFile.js';
import { Amendment } from './amendment.js';
import { targetsInForce } from './targetsInForce.js';

const parsed = parsePlan(fixturePlanFile);
const targets = parsed.catalogue?.targets ?? [];
const TARGET = 'T-P01-M2-1'; // the fixture's 学前教育毛入园率 target, ≥95 in its text

const amendment = (value: string | Record<string, string>, targetId = TARGET) =>
  Amendment.parse({
    id: `fixture-amend-${targetId.toLowerCase()}`,
    kind: 'target',
    indicatorId: 'fixture-preschool-enrolment-rate',
    targetId,
    value,
    effectiveDate: '2028-07-01',
    reason: '测试用调整（虚构）',
    decidedBy: { title: '虚构文件' },
  });

describe('targetsInForce', () => {
  it('judges a project target against the amended value and keeps the printed one beside it', () => {
    const printed = targets.find((target) => target.id === TARGET);
    expect(printed).toMatchObject({ comparator: 'gte', value: 95 });
    const result = targetsInForce(parsed.plan, targets, [amendment('≥97.0')]);
    expect(result.targets.find((target) => target.id === TARGET)).toMatchObject({
      comparator: 'gte',
      value: 97,
    });
    expect(result.amended).toEqual([
      expect.objectContaining({
        targetId: TARGET,
        printed: '≥97.0',
        printedValue: { comparator: 'gte', value: 95, upper: undefined },
        inForce: { comparator: 'gte', value: 97, upper: undefined },
      }),
    ]);
    // The targets given are not changed; the others are the same objects.
    expect(printed).toMatchObject({ value: 95 });
    expect(result.targets.filter((target) => target.id !== TARGET)).toEqual(
      targets.filter((target) => target.id !== TARGET),
    );
  });

  it("keeps the target's own comparator for a plain number", () => {
    const result = targetsInForce(parsed.plan, targets, [amendment('96.5')]);
    expect(result.targets.find((target) => target.id === TARGET)).toMatchObject({
      comparator: 'gte',
      value: 96.5,
    });
  });

  it('changes nothing without an amendment naming a target, or for an indicator-table amendment', () => {
    expect(targetsInForce(parsed.plan, targets, []).targets).toEqual(targets);
    const tableOnly = { ...amendment('≥97.0'), targetId: undefined };
    const result = targetsInForce(parsed.plan, targets, [tableOnly]);
    expect(result.targets).toEqual(targets);
    expect(result.amended).toEqual([]);
  });
});
