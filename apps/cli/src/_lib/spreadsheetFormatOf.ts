import { extname } from 'node:path';
import { usageError } from '../exitCodes.js';

/** The spreadsheet format a file's name gives (.csv or .xlsx); any other is a usage error naming it. */
export function spreadsheetFormatOf(file: string): 'csv' | 'xlsx' {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw usageError(
    `cannot tell the format of "${file}": name a .csv or .xlsx file (an .xls workbook must be saved as .xlsx first)`,
  );
}
