import { describe, expect, it } from 'vitest';
import { observation } from '../../test/fakeApi.js';
import { groupSubmissions } from './groupSubmissions.js';

const regions = [{ id: 'ordos' }, { id: 'dongsheng' }, { id: 'kangbashi' }];
const submitted = (indicatorId: string, region: string, year: number) =>
  observation({ indicatorId, region, year, value: 1, approval: 'submitted' });

describe('groupSubmissions', () => {
  it('groups by district and year, districts in the plan’s order and years oldest first', () => {
    const groups = groupSubmissions(
      [
        submitted('b', 'kangbashi', 2023),
        submitted('a', 'dongsheng', 2023),
        submitted('a', 'dongsheng', 2022),
        submitted('c', 'dongsheng', 2023),
      ],
      regions,
    );
    expect(groups.map((group) => [group.region, group.year, group.items.length])).toEqual([
      ['dongsheng', 2022, 1],
      ['dongsheng', 2023, 2],
      ['kangbashi', 2023, 1],
    ]);
  });

  it('orders a group’s figures by indicator', () => {
    const [group] = groupSubmissions(
      [submitted('z', 'dongsheng', 2023), submitted('a', 'dongsheng', 2023)],
      regions,
    );
    expect(group?.items.map((item) => item.indicatorId)).toEqual(['a', 'z']);
  });

  it('puts a region the plan does not name last, and gives nothing for nothing', () => {
    const groups = groupSubmissions(
      [submitted('a', 'elsewhere', 2023), submitted('a', 'kangbashi', 2023)],
      regions,
    );
    expect(groups.map((group) => group.region)).toEqual(['kangbashi', 'elsewhere']);
    expect(groupSubmissions([], regions)).toEqual([]);
  });

  it('does not change the observations it is given', () => {
    const items = [submitted('z', 'dongsheng', 2023), submitted('a', 'dongsheng', 2023)];
    groupSubmissions(items, regions);
    expect(items.map((item) => item.indicatorId)).toEqual(['z', 'a']);
  });
});
