import ExcelJS from 'exceljs';
import { checkObservation, type PlanLike } from '../checkObservation.js';
import { isCalendarDate, NOTE_MAX, sourceProblem, yearProblem } from '../observationFields.js';
import type { NewObservation } from '../schema/observation.js';
import { parseValueText } from '../valueText.js';
import { parseCsv } from './parseCsv.js';

/** One problem in an import: the spreadsheet row (the header is row 1), the column and what is wrong. */
export type RowProblem = { row: number; column: string; problem: string };

export type ReadRowsResult = {
  observations: NewObservation[];
  problems: RowProblem[];
  rowCount: number;
};

const COLUMN_ALIASES: Record<string, keyof RawRow> = {
  indicator_id: 'indicatorId',
  indicatorid: 'indicatorId',
  indicator: 'indicatorId',
  region: 'region',
  year: 'year',
  date: 'date',
  value: 'value',
  source: 'source',
  note: 'note',
};

type RawRow = {
  indicatorId: string;
  region: string;
  year: string;
  date: string;
  value: string;
  source: string;
  note: string;
};

/** Columns of our own exports that an import ignores, so an exported file can be sent back. */
const EXPORT_ONLY_COLUMNS = new Set([
  'id',
  'indicator_zh',
  'indicator_en',
  'illustrative',
  'version',
  'updated_at',
  'updated_by',
]);

export const IMPORT_COLUMNS = [
  'indicator_id',
  'region',
  'year',
  'date',
  'value',
  'source',
  'note',
] as const;
export const MAX_IMPORT_ROWS = 2_000_000;

export type ImportFormat = 'csv' | 'xlsx';

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export function importFormatOf(contentType: string | undefined): ImportFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (XLSX_TYPES.includes(type)) return 'xlsx';
  return undefined;
}

/**
 * Reads an import file (CSV or the first sheet of an XLSX workbook) into
 * observations of the plan, or the row-by-row problems that stop it. Each row
 * is checked with the same rules as a JSON request (`checkObservation`; the
 * region defaults to the plan's subject region). Nothing here touches a
 * database: the same report serves a dry run.
 */
export async function readObservationRows(
  plan: PlanLike,
  body: Uint8Array,
  format: ImportFormat,
  defaults: { source: string },
): Promise<ReadRowsResult> {
  let table: { header: string[]; rows: string[][] };
  try {
    table = format === 'csv' ? readCsv(body) : await readXlsx(body);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { observations: [], problems: [{ row: 0, column: '', problem }], rowCount: 0 };
  }
  const problems: RowProblem[] = [];
  const columns: (keyof RawRow | undefined)[] = table.header.map(
    (name) => COLUMN_ALIASES[name.trim().toLowerCase()],
  );
  table.header.forEach((name, index) => {
    if (!columns[index] && !EXPORT_ONLY_COLUMNS.has(name.trim().toLowerCase())) {
      problems.push({
        row: 1,
        column: name,
        problem: `unknown column "${name}": expected ${IMPORT_COLUMNS.join(', ')}`,
      });
    }
  });
  for (const required of ['indicatorId', 'value'] as const) {
    if (!columns.includes(required)) {
      problems.push({
        row: 1,
        column: required === 'indicatorId' ? 'indicator_id' : 'value',
        problem: 'this column is required',
      });
    }
  }
  if (!columns.includes('year') && !columns.includes('date')) {
    problems.push({ row: 1, column: 'year', problem: 'give a year column or a date column' });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    problems.push({
      row: 0,
      column: '',
      problem: `${table.rows.length} rows: more than the ${MAX_IMPORT_ROWS} an import takes`,
    });
  }
  if (problems.length > 0) return { observations: [], problems, rowCount: table.rows.length };

  const observations: NewObservation[] = [];
  // Plain loops and no closures per row: this runs a million times in a large import.
  for (let index = 0; index < table.rows.length; index++) {
    const cells = table.rows[index] as string[];
    const raw: RawRow = {
      indicatorId: '',
      region: '',
      year: '',
      date: '',
      value: '',
      source: '',
      note: '',
    };
    for (let position = 0; position < columns.length; position++) {
      const column = columns[position];
      if (column) raw[column] = (cells[position] ?? '').trim();
    }
    const observation = readRow(plan, raw, defaults, index + 2, problems);
    if (observation) observations.push(observation);
  }
  if (table.rows.length === 0)
    problems.push({ row: 0, column: '', problem: 'the file has a header but no rows' });
  return { observations, problems, rowCount: table.rows.length };
}

const COLUMN_OF: Record<string, string> = { indicatorId: 'indicator_id' };

/**
 * Checks one row with the same field rules as the JSON API (observationFields,
 * checkObservation) without building an object for zod: imports read a million
 * rows, and this is their hot loop.
 */
function readRow(
  plan: PlanLike,
  raw: RawRow,
  defaults: { source: string },
  row: number,
  problems: RowProblem[],
): NewObservation | undefined {
  const before = problems.length;
  if (raw.indicatorId === '')
    problems.push({ row, column: 'indicator_id', problem: 'the indicator is missing' });
  const value = parseValueText(raw.value);
  if (!value.ok) problems.push({ row, column: 'value', problem: value.message });
  let year: number | undefined;
  let date: string | undefined;
  if (raw.date !== '') {
    if (!isCalendarDate(raw.date)) {
      problems.push({ row, column: 'date', problem: `"${raw.date}" is not a date as YYYY-MM-DD` });
    } else if (raw.year !== '' && !raw.date.startsWith(`${raw.year}-`)) {
      // Our exports give the year beside a date; they must agree, and the date is kept.
      problems.push({
        row,
        column: 'date',
        problem: `the date ${raw.date} is not in the year ${raw.year}`,
      });
    } else date = raw.date;
  } else if (raw.year !== '') {
    year = /^\d{1,4}$/.test(raw.year) ? Number(raw.year) : Number.NaN;
    const problem = Number.isNaN(year) ? `"${raw.year}" is not a year` : yearProblem(year);
    if (problem) problems.push({ row, column: 'year', problem });
  } else {
    problems.push({ row, column: 'year', problem: 'give a year or a date' });
  }
  const source = raw.source === '' ? defaults.source : raw.source;
  const sourceIssue = sourceProblem(source);
  if (sourceIssue) problems.push({ row, column: 'source', problem: sourceIssue });
  if (raw.note.length > NOTE_MAX) {
    problems.push({
      row,
      column: 'note',
      problem: `the note is longer than ${NOTE_MAX} characters`,
    });
  }
  const region = raw.region === '' ? plan.subjectRegion : raw.region;
  if (problems.length > before || !value.ok) return undefined;
  const errors = checkObservation(plan, {
    indicatorId: raw.indicatorId,
    region,
    value: value.value,
  });
  if (errors.length > 0) {
    for (const error of errors) {
      const field = error.path.split('.')[0] ?? '';
      problems.push({ row, column: COLUMN_OF[field] ?? field, problem: error.message });
    }
    return undefined;
  }
  const note = raw.note === '' ? null : raw.note;
  return date !== undefined
    ? {
        indicatorId: raw.indicatorId,
        region,
        value: value.value,
        source,
        note,
        date,
        year: Number(date.slice(0, 4)),
        period: 'date',
      }
    : {
        indicatorId: raw.indicatorId,
        region,
        value: value.value,
        source,
        note,
        date: `${year}-12-31`,
        year: year as number,
        period: 'year',
      };
}

function readCsv(body: Uint8Array): { header: string[]; rows: string[][] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new Error('the file is not UTF-8 text');
  }
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new Error(`malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new Error('the CSV file is empty: expected a header row');
  return { header, rows };
}

async function readXlsx(body: Uint8Array): Promise<{ header: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new Error('not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no worksheet');
  const grid: string[][] = [];
  const width = sheet.columnCount;
  let formula: string | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const value = row.getCell(column).value;
      if (value !== null && typeof value === 'object' && 'formula' in value && !formula) {
        formula = `row ${rowNumber}, column ${column} holds a formula: import values, not formulas`;
      }
      cells.push(cellText(value));
    }
    grid.push(cells);
  });
  if (formula) throw new Error(formula);
  const [header, ...rows] = grid;
  if (!header) throw new Error('the worksheet is empty: expected a header row');
  return { header, rows: rows.filter((row) => row.some((cell) => cell !== '')) };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    return '';
  }
  return String(value);
}
