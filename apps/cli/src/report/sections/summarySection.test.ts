import { describe, expect, it } from 'vitest';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { summarySection } from './summarySection.js';

const sectionOf = (includeIllustrative: boolean) =>
  summarySection({ report: testReport({ includeIllustrative }), t: reportText('zh') });

describe('summarySection', () => {
  it('opens with the time elapsed and the headline figures, counts from data tagged as demo', () => {
    const [lead, kpis] = sectionOf(true).blocks;
    expect(lead).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('规划期已过60%'),
    });
    expect(kpis).toEqual({
      kind: 'kpis',
      items: [
        { value: '61', label: '指标总数', illustrative: false },
        { value: '2', label: '已评估', illustrative: true },
        { value: '59', label: '无数据', illustrative: true },
        { value: '60%', label: '时序进度', illustrative: false },
      ],
    });
  });

  it('counts by status from the roll-ups, with a total row only in the workbook', () => {
    const tables = sectionOf(false).blocks.flatMap((block) =>
      block.kind === 'table' ? [block.table] : [],
    );
    const byTable = tables.find((table) => table.sheet === '总体情况');
    const total = byTable?.rows.at(-1);
    expect(total?.only).toEqual(['xlsx']);
    expect(total?.cells[0]?.text).toBe('合计');
    expect(total?.cells[1]?.value).toBe(61);
    expect(JSON.stringify(tables)).not.toContain('"illustrative":true');
  });
});
