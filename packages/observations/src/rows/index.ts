// Reading and writing observation rows as CSV and XLSX. Node only: pulls exceljs.

export { toNewObservation } from '../toNewObservation.js';
export { parseCsv } from './parseCsv.js';
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
