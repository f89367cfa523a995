import ExcelJS from 'exceljs';
import { type ParsedPlan, safeParsePlan } from '../parsePlan.js';
import type { PlanFileInput } from '../planFile.js';
import { fromCell } from './_lib/cells.js';
import {
  checkZipBounds,
  DEFAULT_WORKBOOK_LIMITS,
  type WorkbookLimits,
} from './_lib/checkZipBounds.js';
import {
  columnLetters,
  keyOfHeader,
  NOTES_SHEET,
  PLAN_COLUMNS,
  rowSheetColumns,
} from './_lib/layout.js';
import { isRecord, type Json, setPath } from './_lib/paths.js';
import { emptyRows } from './_lib/planToRows.js';
import {
  type ReadRow,
  type ReadSheets,
  rowsToPlan,
  type WorkbookLocation,
} from './_lib/rowsToPlan.js';
import {
  type ColumnSpec,
  EXAMPLE_MARK,
  EXTRA_COLUMN,
  PLAN_FIELDS,
  ROW_SHEETS,
  type SheetSpec,
} from './planSheets.js';

/**
 * One problem of a plan workbook: the sheet, and the row and column (letters)
 * where known; `path` is the place in the plan file when the problem was found
 * by `parsePlan`.
 */
export type WorkbookIssue = WorkbookLocation & { path?: string; message: string };

export type ReadPlanWorkbookResult =
  | { file: PlanFileInput; parsed: ParsedPlan }
  | { issues: WorkbookIssue[] };

/** The workbook as a whole, for a problem of no one sheet. */
export const WORKBOOK = '(workbook)';
/** Rows a sheet may have: a plan has hundreds of rows, never tens of thousands. */
const MAX_ROWS = 20_000;
const EXAMPLE_WORDS = new Set([EXAMPLE_MARK, 'example']);

/**
 * Reads a plan workbook (as `writePlanWorkbook` and `writePlanTemplate` write
 * it) into a plan file and checks it with `parsePlan`. Every problem is
 * returned at once: cells that cannot be read, rows naming an owner that does
 * not exist, and `parsePlan`'s issues mapped back to their sheet, row and
 * column. Example rows (示例 in column A) are skipped. The file is refused
 * before it is parsed when it is larger than `limits.maxBytes` or its ZIP
 * declares or inflates to more than `limits.maxUncompressedBytes`.
 *
 * @example
 *   const result = await readPlanWorkbook(readFileSync('plan.xlsx'));
 *   if ('issues' in result) for (const issue of result.issues) console.log(issue);
 */
export async function readPlanWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
): Promise<ReadPlanWorkbookResult> {
  const refusal = checkZipBounds(bytes, limits);
  if (refusal) return { issues: [{ sheet: WORKBOOK, message: refusal }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { issues: [{ sheet: WORKBOOK, message: `not a readable XLSX workbook: ${why}` }] };
  }

  const issues: WorkbookIssue[] = [];
  const flagged = new Set<string>();
  const report = (location: WorkbookLocation, message: string) => {
    flagged.add(locationKey(location));
    issues.push({ ...location, message });
  };

  const read: ReadSheets = { plan: { object: {}, cells: new Map() }, rows: emptyRows<ReadRow>() };
  const known = new Set([NOTES_SHEET, PLAN_FIELDS.name, ...ROW_SHEETS.map((spec) => spec.name)]);
  for (const sheet of workbook.worksheets) {
    if (!known.has(sheet.name)) {
      report(
        { sheet: sheet.name },
        `not a sheet of a plan workbook (its sheets are ${[...known].join(', ')}): it was not read`,
      );
    }
  }
  const planSheet = workbook.getWorksheet(PLAN_FIELDS.name);
  if (planSheet) readPlanSheet(planSheet, read.plan, report);
  else
    report(
      { sheet: PLAN_FIELDS.name },
      'the sheet is missing: it holds the plan’s id, title and years',
    );
  for (const spec of ROW_SHEETS) {
    const sheet = workbook.getWorksheet(spec.name);
    if (sheet) read.rows[spec.id] = readRowSheet(sheet, spec, report);
  }

  if (
    Object.keys(read.plan.object).length === 0 &&
    Object.values(read.rows).every((rows) => rows.length === 0) &&
    issues.length === 0
  ) {
    return {
      issues: [
        {
          sheet: PLAN_FIELDS.name,
          message: `the workbook holds no plan, only the template's example rows (marked ${EXAMPLE_MARK} in column A), which are never read: fill in the sheet ${PLAN_FIELDS.name} and a row per region, table and indicator`,
        },
      ],
    };
  }

  const { file, sources } = rowsToPlan(read, report);
  const parsed = safeParsePlan(file);
  if (parsed.success && issues.length === 0) {
    return { file: file as PlanFileInput, parsed: parsed.data };
  }
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const location = locate(sources, issue.path);
      // A cell that could not be read was reported already; the plan then misses its field.
      if (flagged.has(locationKey(location))) continue;
      issues.push({ ...location, path: issue.path.join('.') || '(root)', message: issue.message });
    }
  }
  return { issues };
}

const locationKey = (location: WorkbookLocation) =>
  `${location.sheet}|${location.row ?? ''}|${location.column ?? ''}`;

/** Where the longest known prefix of a path came from; the plan sheet when none is known. */
function locate(
  sources: Map<string, WorkbookLocation>,
  path: readonly (string | number)[],
): WorkbookLocation {
  for (let length = path.length; length > 0; length--) {
    const found = sources.get(path.slice(0, length).join('.'));
    if (found) return found;
  }
  return { sheet: PLAN_FIELDS.name };
}

type Report = (location: WorkbookLocation, message: string) => void;

function readPlanSheet(sheet: ExcelJS.Worksheet, into: ReadSheets['plan'], report: Report) {
  const fields = new Map<string, ColumnSpec>(
    [...PLAN_FIELDS.columns, EXTRA_COLUMN].map((column) => [column.key, column]),
  );
  const seen = new Set<string>();
  let extra: Json | undefined;
  if (sheet.rowCount > MAX_ROWS) {
    report(
      { sheet: sheet.name },
      `the sheet has ${sheet.rowCount} rows: more than the ${MAX_ROWS} a plan sheet may have`,
    );
    return;
  }
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const keyCell = fromCell(
      { key: 'key', zh: '', type: 'text' },
      row.getCell(PLAN_COLUMNS.key).value,
    );
    if (!('value' in keyCell) || typeof keyCell.value !== 'string') return;
    const key = keyCell.value.trim();
    const keyAt = { sheet: sheet.name, row: number, column: columnLetters(PLAN_COLUMNS.key) };
    const at = { sheet: sheet.name, row: number, column: columnLetters(PLAN_COLUMNS.value) };
    const field = fields.get(key);
    if (!field) {
      report(keyAt, `unknown field "${key}": the fields are ${[...fields.keys()].join(', ')}`);
      return;
    }
    if (seen.has(key)) {
      report(keyAt, `the field "${key}" is given twice`);
      return;
    }
    seen.add(key);
    into.cells.set(key, at);
    const cell = fromCell(field, row.getCell(PLAN_COLUMNS.value).value);
    if ('problem' in cell) report(at, `${key}: ${cell.problem}`);
    else if ('value' in cell) {
      if (field === EXTRA_COLUMN) {
        if (isRecord(cell.value)) extra = cell.value;
        else report(at, 'extra: expected a JSON object of the fields no other row holds');
      } else setPath(into.object, key, cell.value);
    }
  });
  if (extra) into.object = mergeUnder(extra, into.object);
}

function readRowSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec, report: Report): ReadRow[] {
  if (sheet.rowCount > MAX_ROWS) {
    report(
      { sheet: sheet.name },
      `the sheet has ${sheet.rowCount} rows: more than the ${MAX_ROWS} a plan sheet may have`,
    );
    return [];
  }
  const columns = new Map(rowSheetColumns(spec).map((column) => [column.key, column]));
  const byIndex = new Map<number, ColumnSpec>();
  let exampleColumn: number | undefined;
  sheet.getRow(1).eachCell((cell, index) => {
    const header = fromCell({ key: 'header', zh: '', type: 'text' }, cell.value);
    if (!('value' in header)) return;
    const key = keyOfHeader(String(header.value));
    const at = { sheet: sheet.name, row: 1, column: columnLetters(index) };
    if (key === 'example') exampleColumn = index;
    else if (!columns.has(key)) {
      report(
        at,
        `unknown column "${String(header.value)}": a header ends with one of the keys ${[...columns.keys()].join(', ')}`,
      );
    } else if ([...byIndex.values()].some((column) => column.key === key)) {
      report(at, `the column "${key}" is given twice`);
    } else byIndex.set(index, columns.get(key) as ColumnSpec);
  });

  const rows: ReadRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    if (exampleColumn !== undefined) {
      const mark = fromCell(
        { key: 'example', zh: '', type: 'text' },
        row.getCell(exampleColumn).value,
      );
      if ('value' in mark) {
        if (EXAMPLE_WORDS.has(String(mark.value).trim().toLowerCase())) return;
        report(
          { sheet: sheet.name, row: number, column: columnLetters(exampleColumn) },
          `column ${columnLetters(exampleColumn)} marks example rows: write ${EXAMPLE_MARK} to skip the row, or leave it empty`,
        );
        return;
      }
    }
    const read: ReadRow = { sheet: sheet.name, row: number, object: {}, columns: new Map() };
    let filled = false;
    let extra: Json | undefined;
    for (const [index, column] of byIndex) {
      const at = { sheet: sheet.name, row: number, column: columnLetters(index) };
      read.columns.set(column.key, at.column);
      const raw = row.getCell(index).value;
      if (raw !== null && raw !== undefined && raw !== '') filled = true;
      const cell = fromCell(column, raw);
      if ('problem' in cell) report(at, `${column.key}: ${cell.problem}`);
      else if (!('value' in cell)) continue;
      else if (column === EXTRA_COLUMN) {
        if (isRecord(cell.value)) extra = cell.value;
        else report(at, 'extra: expected a JSON object of the fields no other column holds');
      } else setPath(read.object, column.key, cell.value);
    }
    if (!filled) return;
    if (extra) read.object = mergeUnder(extra, read.object);
    rows.push(read);
  });
  return rows;
}

/** `base` with `over` laid on top: objects merge, anything else in `over` wins. */
function mergeUnder(base: Json, over: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? mergeUnder(under, value) : value;
  }
  return merged;
}
