import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import {
  milestoneIndicator,
  milestoneInIndicatorUnit,
  milestoneValues,
} from './milestoneValues.js';

const target = (id: string) => {
  const found = ordosTargets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};
// 到2025年…经常参加体育锻炼人数比例达到45%
const exercise = target('T-C2S3-16');

describe('milestoneValues', () => {
  it("judges a level target by its indicator's observed values, leaving out the plan's own 2020 value", () => {
    const { points, illustrative } = milestoneValues(ordosPlan, exercise, [
      {
        indicatorId: 'regular-exercise-share',
        year: 2020,
        value: 43,
        source: 'plan',
        illustrative: false,
      },
      {
        indicatorId: 'regular-exercise-share',
        year: 2022,
        value: 44,
        source: 'bulletin',
        illustrative: false,
      },
      {
        indicatorId: 'regular-exercise-share',
        date: '2023-06-30',
        value: 44.5,
        source: 'demo',
        illustrative: true,
      },
      {
        indicatorId: 'student-myopia-rate',
        year: 2022,
        value: 57,
        source: 'survey',
        illustrative: false,
      },
    ]);
    expect(points).toEqual([
      { year: 2022, value: 44 },
      { date: '2023-06-30', value: 44.5 },
    ]);
    expect(illustrative).toBe(true);
  });

  it('gives a yearly pace target no values: it is not a level of the indicator', () => {
    const pace = target('T-P06-M2-1');
    expect(milestoneIndicator(ordosPlan, pace)).toBeUndefined();
    expect(
      milestoneValues(ordosPlan, pace, [
        {
          indicatorId: 'student-myopia-rate',
          year: 2022,
          value: 57,
          source: 'survey',
          illustrative: false,
        },
      ]).points,
    ).toEqual([]);
  });

  it('reads the part a target names of a split indicator, and nothing from one that names none', () => {
    const withPart = { ...target('T-P12-M8-2'), indicatorPart: 'higher' };
    const observation = {
      indicatorId: 'dual-qualified-teachers-share',
      year: 2022,
      value: { parts: { secondary: 59, higher: 52 } },
      source: 'bureau',
      illustrative: false,
    };
    expect(milestoneValues(ordosPlan, withPart, [observation]).points).toEqual([
      { year: 2022, value: 52 },
    ]);
    expect(milestoneValues(ordosPlan, target('T-P12-M8-2'), [observation]).points).toEqual([]);
  });
});

describe('milestoneInIndicatorUnit', () => {
  it("scales the target into the indicator's unit (5 G → 5000 Mbps)", () => {
    const bandwidth = target('T-P15-M2-3');
    expect(bandwidth.indicatorScale).toBe(1000);
    expect(milestoneInIndicatorUnit(ordosPlan, bandwidth)).toMatchObject({
      comparator: 'gte',
      value: 5000,
    });
  });

  it('judges a target on a decrease-is-better indicator downwards', () => {
    const obesity = {
      ...exercise,
      id: 'T-test-obesity',
      indicatorId: 'student-obesity-rate' as const,
      comparator: 'eq' as const,
      value: 15,
    };
    expect(milestoneInIndicatorUnit(ordosPlan, obesity)).toMatchObject({
      value: 15,
      direction: 'decrease',
    });
    expect(milestoneInIndicatorUnit(ordosPlan, exercise)).not.toHaveProperty('direction');
  });
});
