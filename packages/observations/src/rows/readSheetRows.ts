import { readXlsxSheet } from './_lib/readXlsxSheet.js';
import { decodeSpreadsheetText } from './decodeSpreadsheetText.js';
import { DEFAULT_IMPORT_LIMITS } from './importLimits.js';
import { forEachCsvRecord } from './parseCsv.js';
import type { ImportFormat } from './readObservationRows.js';

/** A small sheet's rows: each with its spreadsheet row number (the header is 1) and its cells' text. */
export type SheetRows = { row: number; cells: string[] }[];

/** The most rows a list import (e.g. the responsibility list) reads: a plan has a few hundred items. */
export const LIST_IMPORT_MAX_ROWS = 5_000;

/**
 * Reads a small list (e.g. the responsibility list) from a CSV or the first sheet of an XLSX with
 * the observations import's bounded readers: UTF-8 or GB18030/GBK text, no formulas, ZIP sizes
 * checked before inflating. Throws an Error naming what is wrong with the file as a whole.
 */
export async function readSheetRows(body: Uint8Array, format: ImportFormat): Promise<SheetRows> {
  if (format === 'csv') {
    // UTF-8 or GB18030/GBK (Excel's CSV on Chinese Windows), as the observations import reads it.
    const { text } = decodeSpreadsheetText(body);
    const records: SheetRows = [];
    forEachCsvRecord(
      text,
      (cells, line) => {
        if (records.length > LIST_IMPORT_MAX_ROWS)
          throw new Error(`the file has more than ${LIST_IMPORT_MAX_ROWS} rows`);
        records.push({ row: line, cells });
      },
      {
        maxColumns: DEFAULT_IMPORT_LIMITS.maxColumns,
        maxCellChars: DEFAULT_IMPORT_LIMITS.maxCellChars,
      },
    );
    return records;
  }
  const read: SheetRows = [];
  const limits = { ...DEFAULT_IMPORT_LIMITS, maxXlsxRows: LIST_IMPORT_MAX_ROWS + 1 };
  await readXlsxSheet(
    body,
    limits,
    performance.now() + limits.maxMilliseconds,
    ({ row, cells }) => {
      if (read.length > LIST_IMPORT_MAX_ROWS)
        throw new Error(`the sheet has more than ${LIST_IMPORT_MAX_ROWS} rows`);
      const width = Math.max(0, ...cells.keys());
      read.push({
        row,
        cells: Array.from({ length: width }, (_, index) => cells.get(index + 1) ?? ''),
      });
    },
  );
  return read;
}
