// @plan/plans/xlsx: the plan file as an XLSX workbook and the template officials fill in. Node only (exceljs, node:zlib).
export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './_lib/checkZipBounds.js';
export type { WorkbookLocation } from './_lib/rowsToPlan.js';
export {
  type ReadPlanWorkbookResult,
  readPlanWorkbook,
  WORKBOOK,
  type WorkbookIssue,
} from './readPlanWorkbook.js';
export { writePlanTemplate, writePlanWorkbook } from './writePlanWorkbook.js';
