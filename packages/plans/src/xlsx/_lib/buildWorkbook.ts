import ExcelJS from 'exceljs';
import {
  EXAMPLE_COLUMN_HEADER,
  EXAMPLE_MARK,
  PLAN_FIELDS,
  ROW_SHEETS,
  type SheetSpec,
} from '../planSheets.js';
import { toCell } from './cells.js';
import {
  columnLetters,
  headerOf,
  listFormula,
  NOTES_SHEET,
  PLAN_COLUMNS,
  rowSheetColumns,
  SPARE_ROWS,
} from './layout.js';
import { notesRows } from './notesRows.js';
import { deletePath, getPath, type Json } from './paths.js';
import type { PlanRows } from './planToRows.js';

type DataValidations = { add(range: string, validation: ExcelJS.DataValidation): void };
/** exceljs keeps ranged validations on the sheet (one entry for a whole column) but leaves them out of its types. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: DataValidations }).dataValidations;

const listValidation = (formula: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorStyle: 'warning',
});

/**
 * Writes a plan workbook: the notes sheet, the plan's fields, then one sheet
 * per kind of row. `examples` adds the template's example row to each sheet
 * (marked 示例 in column A) and the plan sheet's example values.
 */
export async function buildWorkbook(
  { plan, rows }: PlanRows,
  { examples }: { examples: boolean },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@plan/plans';

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 22 }, { width: 70 }, { width: 80 }];
  for (const row of notesRows()) notes.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  notes.getRow(1).font = { bold: true };

  writePlanSheet(workbook, plan, examples);
  for (const spec of ROW_SHEETS) writeRowSheet(workbook, spec, rows[spec.id], examples);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writePlanSheet(workbook: ExcelJS.Workbook, plan: Json, examples: boolean) {
  const sheet = workbook.addWorksheet(PLAN_FIELDS.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [{ width: 24 }, { width: 30 }, { width: 50 }, { width: 50 }];
  sheet.addRow(['字段 field', '键 key', '值 value', `${EXAMPLE_MARK} example`]).font = {
    bold: true,
  };
  sheet.getColumn(PLAN_COLUMNS.value).numFmt = '@';
  const rest = structuredClone(plan);
  for (const column of PLAN_FIELDS.columns) {
    const value = toCell(column, getPath(rest, column.key));
    if (value !== undefined) deletePath(rest, column.key);
    const row = sheet.addRow([
      column.zh,
      column.key,
      value === '' ? null : (value ?? null),
      examples ? (PLAN_FIELDS.example[column.key] ?? null) : null,
    ]);
    if (column.list) {
      const cell = `${columnLetters(PLAN_COLUMNS.value)}${row.number}`;
      validationsOf(sheet).add(cell, listValidation(listFormula(column.list, SPARE_ROWS)));
    }
  }
  sheet.addRow(['其他', 'extra', Object.keys(rest).length > 0 ? JSON.stringify(rest) : null, null]);
}

function writeRowSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  rows: Json[],
  examples: boolean,
) {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  const columns = rowSheetColumns(spec);
  sheet.columns = [
    { width: 10 },
    ...columns.map((column) => ({
      width: Math.min(40, Math.max(12, headerOf(column).length + 4)),
    })),
  ];
  sheet.addRow([EXAMPLE_COLUMN_HEADER, ...columns.map(headerOf)]).font = { bold: true };
  columns.forEach((column, index) => {
    const letter = columnLetters(index + 2);
    if (column.type === 'text' || column.type === 'cell' || column.type === 'json') {
      sheet.getColumn(index + 2).numFmt = '@';
    }
    if (column.list) {
      validationsOf(sheet).add(
        `${letter}2:${letter}${rows.length + SPARE_ROWS + 1}`,
        listValidation(listFormula(column.list, rows.length + SPARE_ROWS)),
      );
    }
  });
  if (examples) {
    sheet.addRow([
      EXAMPLE_MARK,
      ...columns.map((column) => spec.example[column.key] ?? null),
    ]).font = { italic: true, color: { argb: 'FF808080' } };
  }
  for (const source of rows) {
    const rest = structuredClone(source);
    const cells = columns.slice(0, -1).map((column) => {
      const value = toCell(column, getPath(rest, column.key));
      if (value === undefined) return null;
      deletePath(rest, column.key);
      return value === '' ? null : value;
    });
    sheet.addRow([null, ...cells, Object.keys(rest).length > 0 ? JSON.stringify(rest) : null]);
  }
}
