import { ordosPlan } from '@plan/indicators';
import { ordosTargets, type Target } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { judgeMilestones } from './judgeMilestones.js';
import type { MilestoneObservation } from './milestoneValues.js';

const target = (id: string): Target => {
  const found = ordosTargets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};
// 到2025年…经常参加体育锻炼人数比例达到45%
const exercise = target('T-C2S3-16');

type Observed = MilestoneObservation & { region: string };
const observed = (
  indicatorId: string,
  year: number,
  value: Observed['value'],
  extra: Partial<Pick<Observed, 'region' | 'source' | 'illustrative'>> = {},
): Observed => ({
  indicatorId,
  year,
  value,
  region: 'ordos',
  source: 'bulletin',
  illustrative: false,
  ...extra,
});

const judgeOne = (
  one: Target,
  observations: readonly Observed[],
  options: { region?: string; asOf?: string } = {},
) => {
  const [row] = judgeMilestones(ordosPlan, [one], observations, {
    region: options.region ?? 'ordos',
    asOf: options.asOf ?? '2024-06-30',
  });
  if (!row) throw new Error('no row');
  return row;
};

describe('judgeMilestones', () => {
  it('judges a level target by the values of its indicator in the region, leaving out the plan values', () => {
    const row = judgeOne(exercise, [
      observed('regular-exercise-share', 2020, 43, { source: 'plan' }),
      observed('regular-exercise-share', 2022, 44),
      observed('regular-exercise-share', 2023, 45.5, { source: 'demo', illustrative: true }),
      observed('regular-exercise-share', 2023, 10, { region: 'dongsheng' }),
    ]);
    expect(row.judged).toBe(true);
    expect(row.indicator?.id).toBe('regular-exercise-share');
    expect(row.valuesUsed).toBe(2);
    expect(row.illustrative).toBe(true);
    expect(row.assessment.status).toBe('met');
    expect(row.assessment.latest).toEqual({ time: '2023', value: 45.5 });
  });

  it('says no data, unjudged, for a target that is not a level of an indicator (a yearly pace)', () => {
    const row = judgeOne(target('T-P06-M2-1'), [observed('student-myopia-rate', 2022, 57)]);
    expect(row).toMatchObject({ judged: false, indicator: null, valuesUsed: 0 });
    expect(row.assessment.status).toBe('no_data');
  });

  it('holds only the plan’s subject region to the plan’s targets: a district says no data, unjudged', () => {
    const row = judgeOne(
      exercise,
      [observed('regular-exercise-share', 2023, 50, { region: 'dongsheng' })],
      {
        region: 'dongsheng',
      },
    );
    expect(row).toMatchObject({ judged: false, valuesUsed: 0, illustrative: false });
    expect(row.indicator?.id).toBe('regular-exercise-share');
    expect(row.assessment.status).toBe('no_data');
  });

  it('judges a target on a decrease-is-better indicator downwards', () => {
    const obesity = {
      ...exercise,
      id: 'T-test-obesity',
      indicatorId: 'student-obesity-rate',
      comparator: 'eq',
      value: 15,
    } as Target;
    expect(judgeOne(obesity, [observed('student-obesity-rate', 2023, 14)]).assessment.status).toBe(
      'met',
    );
    expect(
      judgeOne(obesity, [observed('student-obesity-rate', 2023, 16)], { asOf: '2026-06-30' })
        .assessment.status,
    ).toBe('overdue');
  });

  it('judges a ratio on the share the indicator is scored on (职普比例: the vocational share)', () => {
    const ratio = {
      ...exercise,
      id: 'T-test-ratio',
      indicatorId: 'vocational-general-ratio',
      comparator: 'between',
      value: 40,
      upper: 50,
    } as Target;
    const row = judgeOne(ratio, [observed('vocational-general-ratio', 2023, { ratio: [45, 55] })]);
    expect(row.judged).toBe(true);
    expect(row.assessment.latest?.value).toBe(45);
    expect(row.assessment.status).toBe('met');
  });

  it('judges a split indicator on the part the target names, and has no values when it names none', () => {
    const value = { parts: { secondary: 61, higher: 52 } };
    const withPart = { ...target('T-P12-M8-2'), indicatorPart: 'secondary' };
    expect(
      judgeOne(withPart, [observed('dual-qualified-teachers-share', 2023, value)]).assessment
        .status,
    ).toBe('met');
    const higher = judgeOne({ ...withPart, indicatorPart: 'higher' }, [
      observed('dual-qualified-teachers-share', 2023, value),
    ]);
    expect(higher.assessment.latest?.value).toBe(52);
    expect(higher.assessment.status).not.toBe('met');
    const none = judgeOne(target('T-P12-M8-2'), [
      observed('dual-qualified-teachers-share', 2023, value),
    ]);
    expect(none.valuesUsed).toBe(0);
    expect(none.assessment.status).toBe('no_data');
  });

  it('judges every target of the plan, in order', () => {
    const rows = judgeMilestones(ordosPlan, ordosTargets, [], {
      region: 'ordos',
      asOf: '2023-12-31',
    });
    expect(rows.map((row) => row.target.id)).toEqual(ordosTargets.map((one) => one.id));
    expect(new Set(rows.map((row) => row.assessment.status))).toEqual(new Set(['no_data']));
  });
});
