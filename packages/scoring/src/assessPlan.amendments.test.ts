import { ordosPlan } from '@plan/indicators';
import { Amendment, planInForce } from '@plan/plans';
import { describe, expect, it } from 'vitest';
import { assessPlan } from './assessPlan.js';
import { PlanAssessment } from './schema/planAssessment.js';
import { ScoringInputError } from './scoringInputError.js';

// An amendment invented for this test: no such document exists.
const lowerMyopiaTarget = Amendment.parse({
  id: 'lower-myopia-target',
  indicatorId: 'student-myopia-rate',
  kind: 'target',
  value: '≤55',
  effectiveDate: '2024-07-01',
  reason: '测试用理由（虚构）',
  decidedBy: { title: '测试用规划调整文件（虚构）', number: '测试〔2024〕1号' },
});

// A hand-made figure, not an Ordos statistic: it meets the printed 56 but not the amended ≤55.
const observations = [{ indicatorId: 'student-myopia-rate', year: 2023, value: 55.5 }];

/** How callers assess an amended plan: the plan in force on the day, and the amendments that made it. */
function assessAsOf(asOf: string, method: 'time-progress' | 'open-sdg' = 'time-progress') {
  const inForce = planInForce(ordosPlan, [lowerMyopiaTarget], asOf);
  return assessPlan(inForce.plan, observations, { method, asOf, amendments: inForce.applied });
}

const myopia = (assessment: PlanAssessment) =>
  assessment.indicators.find((entry) => entry.indicatorId === 'student-myopia-rate');

describe('assessPlan on a plan amended mid-term', () => {
  it('judges against the printed target the day before the amendment takes effect', () => {
    const before = assessAsOf('2024-06-30');
    expect(myopia(before)?.achieved).toBe(true);
    expect(myopia(before)?.quantities[0]?.target?.printed).toBe('56');
    expect(before.amendmentsApplied).toEqual([]);
  });

  it('judges against the amended target from its effective date, and says so', () => {
    const on = assessAsOf('2024-07-01');
    expect(myopia(on)?.achieved).toBe(false);
    expect(myopia(on)?.quantities[0]?.target?.printed).toBe('≤55');
    expect(on.amendmentsApplied).toEqual([
      {
        id: 'lower-myopia-target',
        indicatorId: 'student-myopia-rate',
        kind: 'target',
        effectiveDate: '2024-07-01',
        reason: '测试用理由（虚构）',
        decidedBy: { title: '测试用规划调整文件（虚构）', number: '测试〔2024〕1号' },
      },
    ]);
    expect(PlanAssessment.parse(on)).toEqual(on);
  });

  it('changes the judgement of every method the same way', () => {
    expect(myopia(assessAsOf('2024-06-30', 'open-sdg'))?.status).toBe('target_achieved');
    expect(myopia(assessAsOf('2024-07-01', 'open-sdg'))?.status).not.toBe('target_achieved');
  });

  it('judges the close of the plan against the target in force at its end', () => {
    const close = assessAsOf('2026-03-31').finalEvaluation;
    const evaluation = close?.indicators.find(
      (entry) => entry.indicatorId === 'student-myopia-rate',
    );
    expect(evaluation).toMatchObject({ verdict: 'missed', quantities: [{ difference: 0.5 }] });
  });

  it('leaves amendmentsApplied out when the caller passes no amendments', () => {
    expect(
      assessPlan(ordosPlan, observations, { method: 'time-progress', asOf: '2024-07-01' }),
    ).not.toHaveProperty('amendmentsApplied');
  });

  it('refuses an amendment of an indicator the plan does not have', () => {
    expect(() =>
      assessPlan(ordosPlan, observations, {
        method: 'time-progress',
        asOf: '2024-07-01',
        amendments: [{ ...lowerMyopiaTarget, indicatorId: 'no-such-row' }],
      }),
    ).toThrow(ScoringInputError);
  });
});
