import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/renderApp.js';
import { ImportReportView } from './ImportReportView.js';

const report = {
  dryRun: true,
  ok: true,
  rows: 2,
  created: 2,
  unchanged: 0,
  encoding: 'utf-8' as const,
  blankRows: 0,
  problems: [],
};

describe('ImportReportView', () => {
  it('says what a clean dry run would write, and what a real run wrote', () => {
    const { unmount } = renderWithProviders(<ImportReportView report={report} />);
    expect(screen.getByRole('status').textContent).toBe(
      '检查通过：共 2 行，将新增 2 条，0 条与已有数据相同。',
    );
    unmount();
    renderWithProviders(<ImportReportView report={{ ...report, dryRun: false }} />);
    expect(screen.getByRole('status').textContent).toBe('已导入：新增 2 条，0 条未变。');
  });

  it('says how the file was read: the encoding the API detected and the blank rows it skipped', () => {
    const { unmount } = renderWithProviders(
      <ImportReportView report={{ ...report, encoding: 'gb18030', blankRows: 3 }} />,
    );
    expect(screen.getByTestId('import-facts').textContent).toBe(
      '文件编码：GB18030 / GBK。 已跳过 3 个空行（无数值、年份和日期）。',
    );
    unmount();
    // A workbook has no encoding; nothing skipped, nothing said.
    renderWithProviders(<ImportReportView report={{ ...report, encoding: null }} />);
    expect(screen.queryByTestId('import-facts')).toBeNull();
  });

  it('lists every problem by row and column, the file as a whole as row 0', () => {
    renderWithProviders(
      <ImportReportView
        report={{
          ...report,
          ok: false,
          problems: [
            { row: 0, column: '', problem: 'no header row', problemZh: '没有表头行' },
            { row: 3, column: 'value', problem: 'not a number', problemZh: '不是数字' },
          ],
        }}
      />,
    );
    const rows = within(screen.getByTestId('import-report')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['整个文件—没有表头行', '3value不是数字']);
  });
});
