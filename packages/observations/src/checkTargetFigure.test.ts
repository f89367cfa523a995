import { ordosPlan } from '@plan/indicators';
import { ordosTargets, targetById } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { checkObservation } from './checkObservation.js';
import { checkTargetFigure } from './checkTargetFigure.js';

const target = (id: string) => {
  const found = targetById(id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};

describe('checkTargetFigure', () => {
  it('takes a finite number in the target’s unit', () => {
    expect(checkTargetFigure(target('T-P07-M2-1'), 41)).toEqual([]);
    expect(checkTargetFigure(target('T-C2S3-9'), 96.5)).toEqual([]);
  });

  it('refuses what is not one finite number', () => {
    expect(checkTargetFigure(target('T-P07-M2-1'), { ratio: [40, 60] })).toEqual([
      {
        path: 'value',
        code: 'shape',
        message: "a target's figure is one finite number in its unit (所)",
        messageZh: '目标的数值应为以其单位（所）计的一个有限数字',
      },
    ]);
    expect(checkTargetFigure(target('T-P07-M2-1'), Number.POSITIVE_INFINITY)[0]?.code).toBe(
      'shape',
    );
  });

  it('keeps a percentage within 0–100 and a count of a cumulative or per-unit target ≥ 0', () => {
    expect(checkTargetFigure(target('T-C2S3-9'), 101)[0]).toMatchObject({
      path: 'value',
      code: 'percent',
    });
    expect(checkTargetFigure(target('T-P07-M2-1'), -3)).toEqual([
      {
        path: 'value',
        code: 'negative',
        message: '-3 is below 0: T-P07-M2-1 counts 所',
        messageZh: '-3 小于 0：目标 T-P07-M2-1 以“所”计数，不能为负',
      },
    ]);
    expect(checkTargetFigure(target('T-P01-M4-1'), -1)[0]?.code).toBe('negative');
  });

  it('refuses a figure for a target linked to an indicator, naming the indicator', () => {
    expect(checkTargetFigure(target('T-C2S3-2'), 88)).toEqual([
      {
        path: 'targetId',
        code: 'target-has-indicator',
        message:
          'target T-C2S3-2 takes its figures from indicator "inclusive-kindergarten-coverage": report on indicatorId "inclusive-kindergarten-coverage" instead',
        messageZh:
          '目标 T-C2S3-2 的数据取自指标“inclusive-kindergarten-coverage”：请改为填报该指标（indicatorId “inclusive-kindergarten-coverage”）',
      },
    ]);
  });
});

describe('checkObservation of a target’s figure', () => {
  const options = { targets: ordosTargets };

  it('checks the target, the region and the value', () => {
    expect(checkObservation(ordosPlan, { targetId: 'T-P07-M2-1', value: 41 }, options)).toEqual([]);
    expect(
      checkObservation(ordosPlan, { targetId: 'T-P01-M4-1', region: 'dalad', value: 1 }, options),
    ).toEqual([]);
    expect(
      checkObservation(
        ordosPlan,
        { targetId: 'T-P07-M2-1', region: 'mars', value: -1 },
        options,
      ).map((problem) => problem.path),
    ).toEqual(['region', 'value']);
  });

  it('takes a 每个旗区 target’s figure only for a district, never for the city as a whole', () => {
    expect(target('T-P01-M4-1').kind).toBe('per-unit');
    const atCity = checkObservation(ordosPlan, { targetId: 'T-P01-M4-1', value: 1 }, options);
    expect(atCity.map((problem) => problem.path)).toEqual(['region']);
    expect(atCity[0]?.message).toContain('dongsheng');
  });

  it('knows no target without the plan’s targets, and refuses a linked one', () => {
    expect(checkObservation(ordosPlan, { targetId: 'T-P07-M2-1', value: 41 })).toEqual([
      {
        path: 'targetId',
        code: 'unknown-target',
        message: 'unknown target "T-P07-M2-1" in this plan',
        messageZh: '本规划中没有目标“T-P07-M2-1”',
      },
    ]);
    expect(checkObservation(ordosPlan, { targetId: 'T-C2S3-2', value: 88 }, options)[0]?.code).toBe(
      'target-has-indicator',
    );
    expect(checkObservation(ordosPlan, { targetId: 'T-C2S3-2' }, options)[0]?.code).toBe(
      'target-has-indicator',
    );
  });
});
