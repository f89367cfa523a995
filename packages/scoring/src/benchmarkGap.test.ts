import { describe, expect, it } from 'vitest';
import { benchmarkGap } from './benchmarkGap.js';

const inner = { region: 'inner-mongolia', regionName: { zh: '内蒙古', en: 'Inner Mongolia' } };

describe('benchmarkGap', () => {
  it('gives the gap to the benchmark’s baseline and target, better positive', () => {
    const result = benchmarkGap({
      ...inner,
      direction: 'increase',
      value: 98.5,
      time: '2020',
      baseline: { value: 94.4, printed: '94.4' },
      target: { value: 95, comparator: 'gte', printed: '≥95.0' },
    });
    expect(result).toMatchObject({
      gapToBaseline: 4.1,
      gapToTarget: 3.5,
      meetsTarget: true,
      colour: 'green',
    });
    expect(result?.explanation.en).toBe(
      'Against Inner Mongolia, the 2020 value 98.5 is better than its baseline 94.4 by 4.1 and meets its target ≥95.0.',
    );
  });

  it('colours red when not past the benchmark’s baseline, and yellow or orange either side of the midpoint', () => {
    const at = (value: number) =>
      benchmarkGap({
        ...inner,
        direction: 'increase',
        value,
        time: '2023',
        baseline: { value: 70, printed: '70' },
        target: { value: 80, comparator: 'eq', printed: '80' },
      })?.colour;
    expect(at(70)).toBe('red');
    expect(at(72)).toBe('orange');
    expect(at(75)).toBe('yellow');
    expect(at(80)).toBe('green');
  });

  it('counts lower as better for a decrease', () => {
    const result = benchmarkGap({
      ...inner,
      direction: 'decrease',
      value: 57,
      time: '2023',
      baseline: { value: 60, printed: '60' },
      target: null,
    });
    expect(result?.gapToBaseline).toBe(3);
    expect(result?.colour).toBe('green');
    expect(result?.target).toBeNull();
  });

  it('is null when the benchmark has no values', () => {
    expect(
      benchmarkGap({
        ...inner,
        direction: 'increase',
        value: 1,
        time: '2023',
        baseline: null,
        target: null,
      }),
    ).toBeNull();
  });
});
