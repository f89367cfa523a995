import { describe, expect, it } from 'vitest';
import { checkResponsibilityRows } from './checkResponsibilityRows.js';

const known = {
  itemIds: new Set(['P08-M2', 'T-P08-M2-1', 'P01-M1']),
  units: [
    { id: 'basic-education', nameZh: '市教育体育局基础教育科' },
    { id: 'finance', nameZh: '市财政局' },
  ],
};
const records = (...rows: string[][]) => rows.map((cells, index) => ({ row: index + 1, cells }));

describe('checkResponsibilityRows', () => {
  it('reads English or Chinese headers, units by id or Chinese name, cooperating split by 、 or ;', () => {
    const read = checkResponsibilityRows(
      records(
        ['事项编号', '牵头单位', '配合单位'],
        ['P08-M2', '市教育体育局基础教育科', 'finance'],
        ['T-P08-M2-1', 'finance', ''],
        ['P01-M1', '', '市财政局;basic-education'],
      ),
      known,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { row: 2, itemId: 'P08-M2', lead: 'basic-education', cooperating: ['finance'] },
      { row: 3, itemId: 'T-P08-M2-1', lead: 'finance', cooperating: [] },
      { row: 4, itemId: 'P01-M1', lead: null, cooperating: ['finance', 'basic-education'] },
    ]);
  });

  it('gives every problem with its row and column, and no rows', () => {
    const read = checkResponsibilityRows(
      records(
        ['itemId', 'lead', 'cooperating'],
        ['P99-M9', 'finance', ''],
        ['P08-M2', '市体育局', ''],
        ['P08-M2', 'finance', 'finance'],
      ),
      known,
    );
    expect(read.rows).toEqual([]);
    expect(read.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [2, 'itemId'],
      [3, 'lead'],
      [4, 'itemId'],
      [4, 'cooperating'],
    ]);
    expect(read.problems[1]?.problem).toContain('unknown unit "市体育局"');
    expect(read.problems[2]?.problem).toContain('already assigned in row 3');
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    const read = checkResponsibilityRows(
      records(['item', '牵头单位'], ['P08-M2', 'finance']),
      known,
    );
    expect(read.problems.map((problem) => problem.problem)).toEqual([
      expect.stringContaining('unknown column "item"'),
      'this column is required',
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(checkResponsibilityRows([], known).problems[0]?.problem).toBe('the file is empty');
    expect(checkResponsibilityRows(records(['itemId', 'lead']), known).problems[0]?.problem).toBe(
      'the file has no rows under its header',
    );
  });
});
