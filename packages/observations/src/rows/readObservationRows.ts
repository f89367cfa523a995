import { checkObservation, type PlanLike } from '../checkObservation.js';
import type { FigureTarget } from '../checkTargetFigure.js';
import { isCalendarDate, NOTE_MAX, sourceProblem, yearProblem } from '../observationFields.js';
import type { NewObservation } from '../schema/observation.js';
import { parseValueText } from '../valueText.js';
import { forEachCsvSlice } from './_lib/csvSlices.js';
import { readXlsxSheet } from './_lib/readXlsxSheet.js';
import {
  checkDeadline,
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportRefusal,
  ImportRefusedError,
} from './importLimits.js';
import { type CsvCursor, forEachCsvRecord } from './parseCsv.js';

/** One problem in an import: the spreadsheet row (the header is row 1), the column and what is wrong. */
export type RowProblem = { row: number; column: string; problem: string };

export type ReadRowsResult = {
  observations: NewObservation[];
  problems: RowProblem[];
  rowCount: number;
  /** Set when the file as a whole is refused (a limit, its encoding, not a workbook): nothing was checked row by row. */
  refused?: ImportRefusal;
};

const COLUMN_ALIASES: Record<string, keyof RawRow> = {
  indicator_id: 'indicatorId',
  indicatorid: 'indicatorId',
  indicator: 'indicatorId',
  target_id: 'targetId',
  targetid: 'targetId',
  target: 'targetId',
  region: 'region',
  year: 'year',
  date: 'date',
  value: 'value',
  source: 'source',
  note: 'note',
};

type RawRow = {
  indicatorId: string;
  targetId: string;
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
  'target_id',
  'region',
  'year',
  'date',
  'value',
  'source',
  'note',
] as const;
/** Data rows a CSV import takes by default (DEFAULT_IMPORT_LIMITS.maxRows). */
export const MAX_IMPORT_ROWS = DEFAULT_IMPORT_LIMITS.maxRows;

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
 *
 * Reading is bounded (`limits`, defaults in DEFAULT_IMPORT_LIMITS): rows are
 * checked as they are read and never held as a grid, XLSX is streamed from its
 * ZIP, and a file beyond a limit, not UTF-8, or not a workbook is refused as a
 * whole (`refused`, also listed as the one problem of row 0) as soon as that is known.
 *
 * A row may give a target's own figure: `target_id` (T-…) in place of
 * `indicator_id`, checked against the plan's targets (`plan.targets`; without
 * them no target is known) as the JSON API checks `targetId`.
 *
 * `onObservation`, when given, receives each checked observation instead of the
 * result's `observations` (left empty): a million-row import passes them on as
 * they are read rather than holding a million objects.
 */
export async function readObservationRows(
  plan: PlanLike & { targets?: readonly FigureTarget[] },
  body: Uint8Array,
  format: ImportFormat,
  defaults: { source: string },
  limits: Partial<ImportLimits> = {},
  onObservation?: (observation: NewObservation) => void,
): Promise<ReadRowsResult> {
  const bounds: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const deadline = performance.now() + bounds.maxMilliseconds;
  const problems: RowProblem[] = [];
  let omitted = 0;
  const report = (problem: RowProblem) => {
    if (problems.length < bounds.maxProblems) problems.push(problem);
    else omitted++;
  };
  const observations: NewObservation[] = [];
  let columns: (keyof RawRow | undefined)[] | undefined;
  let positions: number[] = [];
  let headerOk = false;
  let rowCount = 0;

  const onHeader = (header: string[]) => {
    columns = header.map((name) => COLUMN_ALIASES[name.trim().toLowerCase()]);
    const known = columns;
    positions = known.flatMap((column, index) => (column ? [index] : []));
    header.forEach((name, index) => {
      if (!known[index] && !EXPORT_ONLY_COLUMNS.has(name.trim().toLowerCase()) && name !== '') {
        report({
          row: 1,
          column: name,
          problem: `unknown column "${name}": expected ${IMPORT_COLUMNS.join(', ')}`,
        });
      }
    });
    if (!known.includes('indicatorId') && !known.includes('targetId')) {
      report({
        row: 1,
        column: 'indicator_id',
        problem: 'this column is required (or target_id, for targets’ own figures)',
      });
    }
    if (!known.includes('value')) {
      report({ row: 1, column: 'value', problem: 'this column is required' });
    }
    if (!known.includes('year') && !known.includes('date')) {
      report({ row: 1, column: 'year', problem: 'give a year column or a date column' });
    }
    headerOk = problems.length === 0;
  };
  // Plain loops and no closures per row: this runs a million times in a large import.
  const onRow = (cells: (index: number) => string | undefined, row: number) => {
    rowCount++;
    if ((rowCount & 4095) === 0) checkDeadline(deadline, bounds);
    if (!headerOk) return;
    const raw: RawRow = {
      indicatorId: '',
      targetId: '',
      region: '',
      year: '',
      date: '',
      value: '',
      source: '',
      note: '',
    };
    const known = columns as (keyof RawRow)[];
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at] as number;
      raw[known[position] as keyof RawRow] = (cells(position) ?? '').trim();
    }
    const before = problems.length;
    const observation = readRow(plan, raw, defaults, row, problems);
    if (problems.length > bounds.maxProblems) {
      omitted += problems.length - Math.max(before, bounds.maxProblems);
      problems.length = Math.max(before, bounds.maxProblems);
    }
    if (!observation) return;
    if (onObservation) onObservation(observation);
    else observations.push(observation);
  };

  try {
    if (format === 'csv') readCsv(body, bounds, onHeader, onRow);
    else await readXlsx(body, bounds, deadline, onHeader, onRow);
  } catch (error) {
    // A malformed CSV names its line as a problem of the file; a limit, encoding or structure refuses it.
    const refused = error instanceof ImportRefusedError ? error.refusal : undefined;
    const problem = error instanceof Error ? error.message : String(error);
    return {
      observations: [],
      problems: [{ row: 0, column: '', problem }],
      rowCount,
      ...(refused ? { refused } : {}),
    };
  }
  if (columns === undefined) {
    const problem = `the ${format === 'csv' ? 'CSV file' : 'worksheet'} is empty: expected a header row`;
    return { observations: [], problems: [{ row: 0, column: '', problem }], rowCount: 0 };
  }
  if (headerOk && rowCount === 0)
    report({ row: 0, column: '', problem: 'the file has a header but no rows' });
  if (omitted > 0) {
    problems.push({ row: 0, column: '', problem: `and ${omitted} more problems not listed` });
  }
  return { observations, problems, rowCount };
}

const COLUMN_OF: Record<string, string> = { indicatorId: 'indicator_id', targetId: 'target_id' };

/**
 * Checks one row with the same field rules as the JSON API (observationFields,
 * checkObservation) without building an object for zod: imports read a million
 * rows, and this is their hot loop.
 */
function readRow(
  plan: PlanLike & { targets?: readonly FigureTarget[] },
  raw: RawRow,
  defaults: { source: string },
  row: number,
  problems: RowProblem[],
): NewObservation | undefined {
  const before = problems.length;
  if (raw.indicatorId === '' && raw.targetId === '')
    problems.push({ row, column: 'indicator_id', problem: 'the indicator is missing' });
  else if (raw.indicatorId !== '' && raw.targetId !== '')
    problems.push({
      row,
      column: 'target_id',
      problem: 'give indicator_id or target_id, not both',
    });
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
  const target = raw.targetId !== '';
  const errors = target
    ? checkObservation(
        plan,
        { targetId: raw.targetId, region, value: value.value },
        { targets: plan.targets ?? [] },
      )
    : checkObservation(plan, { indicatorId: raw.indicatorId, region, value: value.value });
  if (errors.length > 0) {
    for (const error of errors) {
      const field = error.path.split('.')[0] ?? '';
      problems.push({ row, column: COLUMN_OF[field] ?? field, problem: error.message });
    }
    return undefined;
  }
  const note = raw.note === '' ? null : raw.note;
  // A target's own figure is keyed by the target's id (as toNewObservation keys it); no extra
  // object per row: this is the hot loop.
  const indicatorId = target ? raw.targetId : raw.indicatorId;
  const observation: NewObservation =
    date !== undefined
      ? {
          indicatorId,
          region,
          value: value.value,
          source,
          note,
          date,
          year: Number(date.slice(0, 4)),
          period: 'date',
        }
      : {
          indicatorId,
          region,
          value: value.value,
          source,
          note,
          date: `${year}-12-31`,
          year: year as number,
          period: 'year',
        };
  if (target) observation.targetId = raw.targetId;
  return observation;
}

function readCsv(
  body: Uint8Array,
  bounds: ImportLimits,
  onHeader: (header: string[]) => void,
  onRow: (cells: (index: number) => string | undefined, row: number) => void,
): void {
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) {
    throw new ImportRefusedError(
      422,
      'encoding',
      'the file is UTF-16 text: save it as "CSV UTF-8" and send it again',
    );
  }
  if (body.indexOf(0) !== -1) {
    throw new ImportRefusedError(
      422,
      'encoding',
      'the file holds NUL bytes: it is not UTF-8 text (is it a spreadsheet sent as text/csv?)',
    );
  }
  let header = true;
  let dataRow = 1;
  const cursor: CsvCursor = { line: 1, fields: undefined };
  const onRecord = (record: string[]) => {
    if (header) {
      header = false;
      onHeader(record);
      return;
    }
    if (dataRow > bounds.maxRows) {
      throw new ImportRefusedError(
        413,
        'maxRows',
        `more than ${bounds.maxRows} rows: more than an import takes (limit maxRows)`,
      );
    }
    dataRow++;
    onRow((index) => record[index], dataRow);
  };
  try {
    // Decoded and read a slice at a time: the file's text is never held whole beside its bytes.
    forEachCsvSlice(body, (text) => forEachCsvRecord(text, onRecord, bounds, cursor));
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    if (isInvalidUtf8(error))
      throw new ImportRefusedError(422, 'encoding', 'the file is not UTF-8 text');
    throw new Error(`malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readXlsx(
  body: Uint8Array,
  bounds: ImportLimits,
  deadline: number,
  onHeader: (header: string[]) => void,
  onRow: (cells: (index: number) => string | undefined, row: number) => void,
): Promise<void> {
  let header = true;
  await readXlsxSheet(body, bounds, deadline, ({ row, cells }) => {
    if (header) {
      header = false;
      const width = Math.max(...cells.keys());
      const names: string[] = [];
      for (let column = 1; column <= width; column++) names.push(cells.get(column) ?? '');
      onHeader(names);
      return;
    }
    onRow((index) => cells.get(index + 1), row);
  });
}

/** TextDecoder's error for bytes that are not UTF-8 (fatal mode). */
function isInvalidUtf8(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
  );
}
