import { describe, expect, it } from 'vitest';
import type { Table } from './reportModel.types.js';
import { shownIn, tableIn } from './shownIn.js';

const table: Table = {
  sheet: 'Sheet',
  columns: [{ header: 'a' }, { header: 'b', only: ['xlsx'] }, { header: 'c', only: ['md'] }],
  rows: [
    { cells: [{ text: 'a1' }, { text: 'b1' }, { text: 'c1' }] },
    { only: ['xlsx'], cells: [{ text: 'total' }, { text: 'b2' }, { text: 'c2' }] },
  ],
};

describe('shownIn and tableIn', () => {
  it('shows what has no medium named everywhere, else only there', () => {
    expect(shownIn({}, 'html')).toBe(true);
    expect(shownIn({ only: ['xlsx'] }, 'html')).toBe(false);
  });

  it('keeps the columns and rows of one medium, each row matched to its columns', () => {
    expect(tableIn(table, 'md')).toEqual({
      columns: [{ header: 'a' }, { header: 'c', only: ['md'] }],
      rows: [{ cells: [{ text: 'a1' }, { text: 'c1' }] }],
    });
    expect(tableIn(table, 'xlsx')?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['a1', 'b1'],
      ['total', 'b2'],
    ]);
  });

  it('puts in the workbook only a table that names its sheet', () => {
    expect(tableIn({ ...table, sheet: undefined } as Table, 'xlsx')).toBeUndefined();
    expect(tableIn({ ...table, only: ['xlsx'] }, 'html')).toBeUndefined();
  });
});
