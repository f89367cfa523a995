import { describe, expect, it } from 'vitest';
import { readResponsibilityRows } from './responsibilityRows.js';

const known = {
  items: new Set(['P08-M2', 'T-P08-M2-1', 'P01-M1']),
  units: [
    { id: 'basic-education', nameZh: '市教育体育局基础教育科' },
    { id: 'finance', nameZh: '市财政局' },
  ],
};
const records = (...rows: string[][]) => rows.map((cells, index) => ({ row: index + 1, cells }));

describe('readResponsibilityRows', () => {
  it('reads English or Chinese headers, units by id or Chinese name, cooperating split by 、 or ;', () => {
    const read = readResponsibilityRows(
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
      { row: 2, itemId: 'P08-M2', lead: 'basic-education', cooperating: ['finance'], reason: null },
      { row: 3, itemId: 'T-P08-M2-1', lead: 'finance', cooperating: [], reason: null },
      {
        row: 4,
        itemId: 'P01-M1',
        lead: null,
        cooperating: ['finance', 'basic-education'],
        reason: null,
      },
    ]);
  });

  it('gives every problem with its row and column, and no rows', () => {
    const read = readResponsibilityRows(
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
    expect(read.problems[2]?.problem).toContain('assigned again (first in row 3)');
    expect(read.problems.map((problem) => problem.problemZh)).toEqual([
      '“P99-M9”不是本规划的举措或目标（编号如 P08-M2、T-P08-M2-1）',
      '未知的单位“市体育局”：请先添加该单位（POST /api/v1/units），可填编号或中文名',
      'P08-M2 重复分配（首次出现在第 3 行）',
      'finance 是牵头单位，不能同时作为配合单位',
    ]);
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    const read = readResponsibilityRows(
      records(['item', '牵头单位'], ['P08-M2', 'finance']),
      known,
    );
    expect(read.problems.map((problem) => problem.problem)).toEqual([
      expect.stringContaining('unknown column "item"'),
      'this column is required',
    ]);
    expect(read.problems.map((problem) => problem.problemZh)).toEqual([
      '不认识的列“item”：列名应为 事项编号、牵头单位、配合单位、原因',
      '缺少此列',
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(readResponsibilityRows([], known).problems[0]?.problem).toContain('the file is empty');
    expect(readResponsibilityRows([], known).problems[0]?.problemZh).toBe(
      '文件是空的：第一行应为表头',
    );
    expect(readResponsibilityRows(records(['itemId', 'lead']), known).problems[0]).toMatchObject({
      problem: 'the file has a header but no rows',
      problemZh: '文件只有表头，没有数据行',
    });
  });

  it('keeps a reason (原因, 调整原因 or 备注) and names the reader’s way to add a unit', () => {
    const read = readResponsibilityRows(
      records(['事项编号', '牵头单位', '调整原因'], ['P08-M2', 'finance', '机构改革']),
      known,
    );
    expect(read.rows[0]?.reason).toBe('机构改革');
    const unknown = readResponsibilityRows(records(['itemId', 'lead'], ['P08-M2', 'sports']), {
      ...known,
      addUnitHint: 'plan units add <id> --name <中文名>',
    });
    expect(unknown.problems[0]?.problem).toContain(
      'add it first (plan units add <id> --name <中文名>)',
    );
  });
});
