import { describe, expect, it } from 'vitest';
import { checkObservation } from './checkObservation.js';

const plan = {
  subjectRegion: 'city',
  regions: [
    { id: 'city', name: { zh: '市', en: 'City' }, level: 'city' },
    { id: 'east', name: { zh: '东区', en: 'East' }, level: 'district', parent: 'city' },
  ],
  indicators: [
    { id: 'rate', unit: { kind: 'percent', zh: '%', en: '%' } },
    { id: 'schools', unit: { kind: 'count', zh: '所', en: 'schools' } },
    { id: 'split', unit: { kind: 'ratio', zh: '比例', en: 'ratio' } },
    {
      id: 'teachers',
      unit: { kind: 'percent', zh: '%', en: '%' },
      parts: [
        { id: 'secondary', label: { zh: '中职', en: 'secondary' } },
        { id: 'higher', label: { zh: '高职', en: 'higher' } },
      ],
    },
  ],
} as unknown as Parameters<typeof checkObservation>[0];

const zh = (input: Parameters<typeof checkObservation>[1]) =>
  checkObservation(plan, input).map((problem) => problem.messageZh);

describe('checkObservation messageZh', () => {
  it('says each value rule in Chinese with the value at fault', () => {
    expect(zh({ indicatorId: 'rate', value: 140 })).toEqual(['140 超过 100，不可能是百分比']);
    expect(zh({ indicatorId: 'rate', value: -1 })).toEqual(['-1 是负数：百分比不能为负']);
    expect(zh({ indicatorId: 'schools', value: 2.5 })).toEqual(['2.5 不是整数：计数须为整数']);
    expect(zh({ indicatorId: 'split', value: { ratio: [59, 40] } })).toEqual([
      '比例 59:40 两部分之和为 99，不是 100',
    ]);
    expect(zh({ indicatorId: 'split', value: { ratio: [-1, 101] } })).toEqual([
      '-1 是负数：比例的组成部分不能为负',
    ]);
    expect(zh({ indicatorId: 'teachers', value: { parts: { lower: 3 } } })).toEqual([
      '指标“teachers”没有分项“lower”：应为 secondary、higher 之一',
    ]);
    expect(zh({ indicatorId: 'teachers', value: { parts: { higher: 120 } } })).toEqual([
      '120 超过 100，不可能是百分比',
    ]);
    expect(zh({ indicatorId: 'rate', value: { ratio: [1, 99] } })[0]).toContain('只取一个数值');
  });
  it('names unknown indicators and regions in Chinese', () => {
    expect(zh({ indicatorId: 'nope', region: 'west' })).toEqual([
      '未知的指标“nope”',
      '未知的地区“west”：应为 city、east 之一',
    ]);
  });
  it('keeps the English message beside it', () => {
    const [problem] = checkObservation(plan, { indicatorId: 'rate', value: 140 });
    expect(problem?.message).toBe('140 is above 100: not a possible percentage');
  });
});
