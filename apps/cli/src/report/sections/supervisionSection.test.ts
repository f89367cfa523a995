import { describe, expect, it } from 'vitest';
import { testTracking } from '../../tracking/testTracking.js';
import type { Table } from '../reportModel.types.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { supervisionSection } from './supervisionSection.js';

const sectionIn = (lang: 'zh' | 'en') =>
  supervisionSection({ report: testReport({ lang, tracking: true }), t: reportText(lang) });

describe('supervisionSection (督办清单)', () => {
  const section = sectionIn('zh');
  const tables = section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
  const list = tables.find((table) => table.sheet === '督办清单') as Table;
  const supervised = testTracking().supervision;

  it('lists every supervised item with why, since when and whose', () => {
    expect(list.rows).toHaveLength(supervised.length);
    const overdue = list.rows.find((row) => row.cells[4]?.text === '逾期未完成');
    expect(overdue?.cells[6]?.text).toBe('2023-01-01');
  });

  it('groups by lead unit, the unassigned last under 未指定', () => {
    const units = list.rows.map((row) => row.cells[0]?.text);
    expect(units[0]).toBe('市教育体育局');
    expect(units.at(-1)).toBe('未指定');
    const byUnit = tables[0];
    expect(byUnit?.rows.map((row) => row.cells[0]?.text)).toEqual(['市教育体育局', '未指定']);
    expect(byUnit?.rows.reduce((sum, row) => sum + (row.cells.at(-1)?.value ?? 0), 0)).toBe(
      supervised.length,
    );
  });

  it('says so when nothing needs supervising', () => {
    const report = testReport({ tracking: true });
    const tracking = report.tracking;
    if (!tracking) throw new Error('no tracking');
    const empty = supervisionSection({
      report: {
        ...report,
        tracking: { ...tracking, tracking: { ...tracking.tracking, supervision: [] } },
      },
      t: reportText('zh'),
    });
    expect(empty.blocks).toEqual([
      { kind: 'paragraph', text: '截至评估日，没有逾期、存在风险或未按期报送的事项。' },
    ]);
  });

  it('is in English', () => {
    expect(sectionIn('en').heading).toBe('Supervision list');
    expect(JSON.stringify(sectionIn('en'))).toContain('Not assigned');
  });
});
