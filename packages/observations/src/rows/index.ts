// Reading and writing observation rows as CSV and XLSX, within bounds (ImportLimits). Node only: inflates ZIPs with node:zlib.

export { toNewObservation } from '../toNewObservation.js';
export {
  type CsvEncoding,
  csvEncodingOf,
  decodeSpreadsheetText,
  NOT_TEXT_MESSAGE,
} from './decodeSpreadsheetText.js';
export {
  columnLetters,
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportRefusal,
} from './importLimits.js';
export {
  type ImportTemplate,
  type ImportTemplateFormat,
  type ImportTemplateOptions,
  importTemplate,
} from './importTemplate.js';
export { type CsvBounds, type CsvCursor, forEachCsvRecord, parseCsv } from './parseCsv.js';
export {
  IMPORT_COLUMNS,
  IMPORT_COLUMNS_ZH,
  type ImportFormat,
  importFormatOf,
  MAX_IMPORT_ROWS,
  type ReadRowsResult,
  type RowProblem,
  readObservationRows,
} from './readObservationRows.js';
export { LIST_IMPORT_MAX_ROWS, readSheetRows, type SheetRows } from './readSheetRows.js';
export { csvField, neutraliseFormula, toCsv } from './spreadsheetCells.js';
