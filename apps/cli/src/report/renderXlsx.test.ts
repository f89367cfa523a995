import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from './renderXlsx.js';
import { TEST_SECTION, testModel } from './testModel.js';

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('renderXlsx', async () => {
  const workbook = await workbookOf(await renderXlsx(testModel([TEST_SECTION])));
  const sheet = workbook.getWorksheet('总体情况') as ExcelJS.Worksheet;

  it('starts with an about sheet and gives each table with a sheet its own', () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['说明', '总体情况']);
    const about = workbook.getWorksheet('说明') as ExcelJS.Worksheet;
    expect(about.getCell('A1').value).toBe('测试规划中期评估报告（含示例数据）');
    expect(about.getCell('A4').font?.bold).toBe(true);
  });

  it('dates the workbook by the as-of date, not the clock', () => {
    expect(workbook.created.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('keeps the workbook columns and rows, figures as numbers, text never a formula', () => {
    expect(sheet.getRow(1).values).toEqual([undefined, '指标', '最新值', '完成进度', '状态', 'id']);
    expect(sheet.getRow(2).getCell(3).value).toBe(0.765);
    expect(sheet.getRow(2).getCell(5).value).toBe(`'=HYPERLINK("x")`);
    expect(sheet.getRow(3).getCell(2).value).toBe(null);
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getColumn(3).numFmt).toBe('0.0%');
    expect(sheet.getColumn(1).width).toBe(40);
  });

  it('shades the rows that rest on demo data', () => {
    expect(sheet.getRow(2).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFFFF7ED' } });
    expect(sheet.getRow(3).getCell(1).fill).not.toMatchObject({ fgColor: { argb: 'FFFFF7ED' } });
  });
});
