import { indicatorById, ordosPlan, PlanValidationError } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import {
  raiseMyopiaTarget,
  redefineFitness,
  reviseMyopiaTargetAgain,
  reviseRatioBaseline,
  splitTeachersTarget,
} from './_test/inventedAmendments.js';
import { Amendment } from './amendment.js';
import { planInForce } from './planInForce.js';

const amendments = [
  raiseMyopiaTarget,
  reviseMyopiaTargetAgain,
  reviseRatioBaseline,
  splitTeachersTarget,
  redefineFitness,
].map((input) => Amendment.parse(input));

const indicatorIn = (plan: { indicators: { id: string }[] }, id: string) =>
  plan.indicators.find((indicator) => indicator.id === id) as ReturnType<typeof indicatorById>;

describe('planInForce', () => {
  it('gives the printed plan before the first amendment takes effect', () => {
    const result = planInForce(ordosPlan, amendments, '2021-12-31');
    expect(result.plan).toEqual(ordosPlan);
    expect(result.applied).toEqual([]);
    expect(result.pending).toHaveLength(5);
    expect(result.changes).toEqual([]);
  });

  it('applies an amendment from its effective date and not the day before', () => {
    const before = planInForce(ordosPlan, amendments, '2023-06-30');
    const on = planInForce(ordosPlan, amendments, '2023-07-01');
    expect(indicatorIn(before.plan, 'student-myopia-rate').values.subject.target.printed).toBe(
      '56',
    );
    expect(indicatorIn(on.plan, 'student-myopia-rate').values.subject.target).toEqual({
      kind: 'comparator',
      printed: '≤55',
      comparator: 'lte',
      value: 55,
      decimals: 0,
    });
    expect(on.applied.map((amendment) => amendment.id)).toContain('raise-myopia-target');
  });

  it('lets the latest amendment effective on the date win, and lists the earlier one as superseded', () => {
    const result = planInForce(ordosPlan, amendments, '2024-12-31');
    expect(indicatorIn(result.plan, 'student-myopia-rate').values.subject.target.printed).toBe(
      '54',
    );
    expect(result.superseded.map((amendment) => amendment.id)).toEqual(['raise-myopia-target']);
    expect(result.pending).toEqual([]);
  });

  it('keeps the printed value beside the value in force', () => {
    const result = planInForce(ordosPlan, amendments, '2024-12-31');
    const myopia = result.changes.find((change) => change.indicatorId === 'student-myopia-rate');
    expect(myopia).toMatchObject({
      amendmentId: 'revise-myopia-target-again',
      kind: 'target',
      region: 'ordos',
      original: { printed: '56' },
      inForce: { printed: '54' },
    });
    const ratio = indicatorIn(result.plan, 'vocational-general-ratio');
    expect(ratio.values.subject.baseline).toEqual({
      kind: 'ratio',
      printed: '36：64',
      parts: [36, 64],
    });
    expect(ratio.values.subject.target.printed).toBe('40 ：60');
  });

  it('reads a split value per part', () => {
    const result = planInForce(ordosPlan, amendments, '2023-07-01');
    expect(indicatorIn(result.plan, 'dual-qualified-teachers-share').values.subject.target).toEqual(
      {
        kind: 'split',
        printed: '中职62 / 高职65',
        parts: [
          {
            part: 'secondary',
            value: { kind: 'number', printed: '中职62', value: 62, decimals: 0 },
          },
          { part: 'higher', value: { kind: 'number', printed: '高职65', value: 65, decimals: 0 } },
        ],
      },
    );
  });

  it('renames an indicator whose definition changed, and keeps its old name beside it', () => {
    const result = planInForce(ordosPlan, amendments, '2024-01-01');
    expect(indicatorIn(result.plan, 'student-fitness-pass-rate').name).toEqual(
      redefineFitness.name,
    );
    expect(result.changes.find((change) => change.kind === 'definition')).toMatchObject({
      original: { name: indicatorById('student-fitness-pass-rate').name },
      inForce: { definition: redefineFitness.definition },
    });
  });

  it('leaves the benchmark and the plan given untouched', () => {
    const result = planInForce(ordosPlan, amendments, '2025-12-31');
    const myopia = indicatorIn(result.plan, 'student-myopia-rate');
    expect(myopia.values.benchmark).toBe(indicatorById('student-myopia-rate').values.benchmark);
    expect(indicatorById('student-myopia-rate').values.subject.target.printed).toBe('56');
  });

  it('changes no table value for a project target’s amendment, but lists it as applied', () => {
    const target = Amendment.parse({ ...raiseMyopiaTarget, targetId: 'T-P01-M1-1' });
    const result = planInForce(ordosPlan, [target], '2025-12-31');
    expect(result.plan).toEqual(ordosPlan);
    expect(result.applied).toEqual([target]);
  });

  it('throws every problem with its path', () => {
    const bad = Amendment.parse({ ...raiseMyopiaTarget, indicatorId: 'no-such-row' });
    expect(() => planInForce(ordosPlan, [bad], '2024-01-01')).toThrow(PlanValidationError);
  });
});
