import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import type { Table } from '../reportModel.types.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { indicatorsSection } from './indicatorsSection.js';

const section = indicatorsSection({ report: testReport(), t: reportText('zh') });
const tables = section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const rowOf = (table: Table | undefined, id: string) =>
  table?.rows.find((row) => row.cells.some((cell) => cell.text === id || cell.text.includes(id)));

describe('indicatorsSection', () => {
  it('gives each table of the plan a heading, a table for the pages and a progress chart', () => {
    const headings = section.blocks.flatMap((block) =>
      block.kind === 'heading' ? [block.text] : [],
    );
    expect(headings).toEqual(ordosPlan.tables.map((table) => table.title.zh));
    expect(section.blocks.filter((block) => block.kind === 'figure')).toHaveLength(
      ordosPlan.tables.length,
    );
    expect(tables.filter((table) => table.only?.includes('html'))).toHaveLength(
      ordosPlan.tables.length,
    );
  });

  it('shows the category path in its own column in Markdown only, the plan years in the headers', () => {
    const first = tables[0] as Table;
    expect(first.columns.map((column) => column.header)).toEqual([
      '#',
      '类别',
      '指标',
      '2020年',
      '2025年目标',
      '最新值',
      '完成进度',
      '时序进度',
      '状态',
    ]);
    expect(first.columns[1]?.only).toEqual(['md']);
  });

  it('marks a figure from demo data, its row and its status', () => {
    const myopia = ordosPlan.indicators.find((each) => each.id === 'student-myopia-rate');
    const row = tables
      .flatMap((table) => (table.sheet ? [] : table.rows))
      .find((each) => each.cells[2]?.text === myopia?.printed);
    expect(row?.illustrative).toBe(true);
    expect(row?.cells[5]).toMatchObject({
      text: '57.2',
      detail: ['2022', 'demo'],
      illustrative: true,
    });
    expect(row?.cells[8]?.illustrative).toBe(true);
  });

  it('puts every indicator on one workbook sheet, shares as numbers', () => {
    const sheet = tables.find((table) => table.sheet === '主要指标');
    expect(sheet?.only).toEqual(['xlsx']);
    expect(sheet?.rows).toHaveLength(ordosPlan.indicators.length);
    const exercise = rowOf(sheet, 'regular-exercise-share');
    expect(exercise?.cells[9]).toEqual({ text: 'statistics-bureau' });
    expect(typeof exercise?.cells[11]?.value).toBe('number');
  });
});
