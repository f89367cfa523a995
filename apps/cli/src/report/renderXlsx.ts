import { neutraliseFormula } from '@plan/observations/rows';
import ExcelJS from 'exceljs';
import type { Cell, Column, ReportModel, Row } from './reportModel.types.js';
import { tableIn } from './shownIn.js';

type Value = string | number | null;

const fill = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});
const DEMO_FILL = fill('FFFFF7ED');
const HEADER_FILL = fill('FFF6F8FA');
const DEFAULT_WIDTH = 16;

/** Text cells can never run as formulas (OWASP's advice for spreadsheet exports). */
const safe = (value: Value): Value =>
  typeof value === 'string' ? neutraliseFormula(value) : value;

/** What a spreadsheet keeps of a cell: its number where it is one, else its text. */
const sheetValue = (cell: Cell): Value => (cell.value !== undefined ? cell.value : cell.text);

/**
 * The report as an Excel workbook: an about sheet, then one sheet per table
 * the model gives a sheet, every figure a real number where it is one, text
 * cells neutralised against formulas, rows from illustrative demo data shaded
 * and flagged in their own column.
 */
export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Dated by the as-of date, not the clock, so the same data gives the same workbook.
  workbook.creator = 'plan';
  workbook.created = new Date(`${model.asOf}T00:00:00Z`);
  workbook.modified = workbook.created;
  addAboutSheet(workbook, model);
  for (const section of model.sections)
    for (const block of section.blocks) {
      if (block.kind !== 'table' || !block.table.sheet) continue;
      const shown = tableIn(block.table, 'xlsx');
      if (shown) addSheet(workbook, block.table.sheet, shown.columns, shown.rows);
    }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The title, the data basis, the method notes and the footer, one paragraph a row. */
function addAboutSheet(workbook: ExcelJS.Workbook, model: ReportModel) {
  const about = workbook.addWorksheet(model.words.aboutSheet);
  about.getColumn(1).width = 120;
  const rows: [string, Partial<ExcelJS.Font>?][] = [
    [model.title, { bold: true, size: 16 }],
    [model.subtitle],
    [model.meta],
    [
      model.banner.text,
      { bold: true, color: { argb: model.banner.illustrative ? 'FF9A3412' : 'FF116329' } },
    ],
    [''],
    ...model.notes.map((note): [string] => [note]),
    [''],
    [model.footer],
  ];
  for (const [text, font] of rows) {
    const row = about.addRow([safe(text)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (font) row.getCell(1).font = font;
  }
}

/** One table as a sheet: a bold frozen header with a filter, demo rows shaded. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly Row[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet
    .addRow(columns.map((column) => safe(column.sheetHeader ?? column.header)))
    .eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
  for (const row of rows) {
    const added = sheet.addRow(row.cells.map((cell) => safe(sheetValue(cell))));
    if (row.illustrative)
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = DEMO_FILL;
      });
  }
  columns.forEach((column, index) => {
    const target = sheet.getColumn(index + 1);
    target.width = column.width ?? DEFAULT_WIDTH;
    target.alignment = { vertical: 'top', wrapText: true };
    if (column.percent) target.numFmt = '0.0%';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}
