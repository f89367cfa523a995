import { Method } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { methodName } from '../../assessment/statusLegend.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { methodsSection } from './methodsSection.js';

const section = methodsSection({ report: testReport(), t: reportText('zh') });
const tables = section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));

describe('methodsSection', () => {
  it('counts each method’s statuses as a run of chips, on the pages only', () => {
    const [counts] = tables;
    expect(counts?.only).toEqual(['html', 'md']);
    expect(counts?.rows).toHaveLength(Method.options.length);
    expect(counts?.rows[0]?.cells[1]?.items?.as).toBe('inline');
  });

  it('heads the matrix by method id on the pages and by full name in the workbook', () => {
    const matrix = tables.find((table) => table.sheet === '方法比较');
    expect(
      matrix?.columns.slice(1, -1).map((column) => [column.header, column.sheetHeader]),
    ).toEqual(Method.options.map((method) => [method, methodName(method, 'zh')]));
    expect(matrix?.columns.at(-1)).toMatchObject({ header: '示例数据', only: ['xlsx'] });
  });
});
