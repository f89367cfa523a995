// Reading and writing observation rows as CSV and XLSX, within bounds (ImportLimits). Node only: inflates ZIPs with node:zlib.

export { toNewObservation } from '../toNewObservation.js';
export {
  columnLetters,
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportRefusal,
} from './importLimits.js';
export { type CsvBounds, type CsvCursor, forEachCsvRecord, parseCsv } from './parseCsv.js';
export {
  IMPORT_COLUMNS,
  type ImportFormat,
  importFormatOf,
  MAX_IMPORT_ROWS,
  type ReadRowsResult,
  type RowProblem,
  readObservationRows,
} from './readObservationRows.js';
export { csvField, neutraliseFormula, toCsv } from './spreadsheetCells.js';
