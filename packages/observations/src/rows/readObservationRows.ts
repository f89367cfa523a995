import { checkObservation, type PlanLike, planIndicator } from '../checkObservation.js';
import type { FigureTarget } from '../checkTargetFigure.js';
import {
  isCalendarDate,
  NOTE_MAX,
  sourceProblem,
  sourceProblemZh,
  yearProblem,
  yearProblemZh,
} from '../observationFields.js';
import type { NewObservation } from '../schema/observation.js';
import { parseValueText } from '../valueText.js';
import { dateCell, plainCell, valueCell, yearCell } from './_lib/cellText.js';
import { forEachCsvSlice } from './_lib/csvSlices.js';
import {
  fieldOfHeader,
  type NameResolver,
  type NameTarget,
  nameResolver,
} from './_lib/importNames.js';
import { readXlsxSheet } from './_lib/readXlsxSheet.js';
import {
  type CsvEncoding,
  csvEncodingOf,
  isInvalidEncoded,
  NOT_TEXT_MESSAGE,
  NOT_TEXT_MESSAGE_ZH,
} from './decodeSpreadsheetText.js';
import {
  checkDeadline,
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportRefusal,
  ImportRefusedError,
} from './importLimits.js';
import { type CsvCursor, forEachCsvRecord } from './parseCsv.js';

/**
 * One problem in an import: the spreadsheet row (the header is row 1), the column and what is
 * wrong, in English (`problem`) and in Chinese (`problemZh`).
 */
export type RowProblem = { row: number; column: string; problem: string; problemZh: string };

export type ReadRowsResult = {
  observations: NewObservation[];
  problems: RowProblem[];
  rowCount: number;
  /**
   * The encoding a CSV file was read in (`utf-8-bom`, `utf-8`, `gb18030`), for the report to
   * name; not set for a workbook, or when the file was refused before its encoding was known.
   */
  encoding?: CsvEncoding;
  /**
   * Rows with no value, year or date, skipped without a problem: a template's prefilled rows
   * left unfilled. Not set when there were none.
   */
  blankRows?: number;
  /** Set when the file as a whole is refused (a limit, its encoding, not a workbook): nothing was checked row by row. */
  refused?: ImportRefusal;
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

/** The import's columns by their English names; each has a Chinese one too (IMPORT_COLUMNS_ZH). */
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

/**
 * The Chinese header of each import column, as templates write them and officials head
 * their sheets (指标 for 指标名称, 旗区 for 地区 are read too): 指标名称 takes an indicator's
 * name as the plan prints it or its id, 地区 a region's name (东胜区) or id.
 */
export const IMPORT_COLUMNS_ZH = {
  indicator_id: '指标名称',
  target_id: '目标编号',
  region: '地区',
  year: '年份',
  date: '日期',
  value: '数值',
  source: '来源',
  note: '备注',
} as const satisfies Record<(typeof IMPORT_COLUMNS)[number], string>;

/** Each field's column name in problems: the header as the file gives it, else ours. */
type ColumnNames = Record<keyof RawRow, string>;
const DEFAULT_COLUMN_NAMES: ColumnNames = {
  indicatorId: 'indicator_id',
  targetId: 'target_id',
  region: 'region',
  year: 'year',
  date: 'date',
  value: 'value',
  source: 'source',
  note: 'note',
};
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
 * ZIP, and a file beyond a limit, neither UTF-8 nor GB18030, or not a workbook is
 * refused as a whole (`refused`, also listed as the one problem of row 0) as soon as
 * that is known.
 *
 * Spreadsheets as officials have them are read: CSV in UTF-8 (with or without a BOM)
 * or GB18030/GBK, the encoding named in the result (`encoding`); Chinese headers
 * (IMPORT_COLUMNS_ZH: 指标名称 or 指标, 目标编号, 地区 or 旗区, 年份, 日期, 数值, 来源, 备注);
 * indicators, regions and targets by name as well as id (a name of two, or of none,
 * is a problem naming the candidates); full-width digits and punctuation; `12%` where
 * the unit is %; `1,486`; rows with no value, year or date skipped (`blankRows`).
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
  plan: PlanLike & { targets?: readonly (FigureTarget | NameTarget)[] },
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
  let blankRows = 0;
  let encoding: CsvEncoding | undefined;
  const names: ColumnNames = { ...DEFAULT_COLUMN_NAMES };
  const resolve = nameResolver(plan);

  const onHeader = (header: string[]) => {
    columns = header.map(fieldOfHeader);
    const known = columns;
    positions = known.flatMap((column, index) => (column ? [index] : []));
    header.forEach((name, index) => {
      const field = known[index];
      if (field) {
        if (known.indexOf(field) === index) names[field] = name.trim();
        else
          report({
            row: 1,
            column: name,
            problem: `a second column for ${names[field]}`,
            problemZh: `“${names[field]}”列重复`,
          });
      } else if (!EXPORT_ONLY_COLUMNS.has(name.trim().toLowerCase()) && name.trim() !== '') {
        report({
          row: 1,
          column: name,
          problem: `unknown column "${name}": expected ${IMPORT_COLUMNS.join(', ')} (or in Chinese ${Object.values(IMPORT_COLUMNS_ZH).join('、')})`,
          problemZh: `不认识的列“${name}”：列名应为 ${Object.values(IMPORT_COLUMNS_ZH).join('、')}（或英文 ${IMPORT_COLUMNS.join(', ')}）`,
        });
      }
    });
    if (!known.includes('indicatorId') && !known.includes('targetId')) {
      report({
        row: 1,
        column: 'indicator_id',
        problem: 'this column is required (or target_id, for targets’ own figures)',
        problemZh: '缺少“指标名称”列（填报目标自身数据时用“目标编号”列）',
      });
    }
    if (!known.includes('value')) {
      report({
        row: 1,
        column: 'value',
        problem: 'this column is required',
        problemZh: '缺少“数值”列',
      });
    }
    if (!known.includes('year') && !known.includes('date')) {
      report({
        row: 1,
        column: 'year',
        problem: 'give a year column or a date column',
        problemZh: '缺少“年份”列或“日期”列',
      });
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
      raw[known[position] as keyof RawRow] = plainCell(cells(position) ?? '');
    }
    if (raw.value === '' && raw.year === '' && raw.date === '') {
      blankRows++;
      return;
    }
    const before = problems.length;
    const observation = readRow(plan, resolve, raw, defaults, row, problems, names);
    if (problems.length > bounds.maxProblems) {
      omitted += problems.length - Math.max(before, bounds.maxProblems);
      problems.length = Math.max(before, bounds.maxProblems);
    }
    if (!observation) return;
    if (onObservation) onObservation(observation);
    else observations.push(observation);
  };

  try {
    if (format === 'csv') {
      encoding = csvEncodingOf(body);
      readCsv(body, encoding, bounds, onHeader, onRow);
    } else await readXlsx(body, bounds, deadline, onHeader, onRow);
  } catch (error) {
    // A malformed CSV names its line as a problem of the file; a limit, encoding or structure refuses it.
    const refused = error instanceof ImportRefusedError ? error.refusal : undefined;
    const problem = error instanceof Error ? error.message : String(error);
    const problemZh = refused
      ? refused.messageZh
      : `CSV 文件格式有误（${problem.replace(/^malformed CSV: /, '')}）`;
    return {
      observations: [],
      problems: [{ row: 0, column: '', problem, problemZh }],
      rowCount,
      ...(encoding ? { encoding } : {}),
      ...(refused ? { refused } : {}),
    };
  }
  if (columns === undefined) {
    const problem = `the ${format === 'csv' ? 'CSV file' : 'worksheet'} is empty: expected a header row`;
    const problemZh = `${format === 'csv' ? 'CSV 文件' : '工作表'}是空的：第一行应为表头`;
    return {
      observations: [],
      problems: [{ row: 0, column: '', problem, problemZh }],
      rowCount: 0,
      ...(encoding ? { encoding } : {}),
    };
  }
  if (headerOk && rowCount === blankRows)
    report({
      row: 0,
      column: '',
      problem:
        blankRows > 0
          ? 'no row is filled in: give each row a value (数值) and a year (年份) or a date (日期)'
          : 'the file has a header but no rows',
      problemZh:
        blankRows > 0
          ? '没有填写任何一行：每行请填写数值，以及年份或日期'
          : '文件只有表头，没有数据行',
    });
  if (omitted > 0) {
    problems.push({
      row: 0,
      column: '',
      problem: `and ${omitted} more problems not listed`,
      problemZh: `另有 ${omitted} 个问题未列出`,
    });
  }
  return {
    observations,
    problems,
    rowCount,
    ...(encoding ? { encoding } : {}),
    ...(blankRows > 0 ? { blankRows } : {}),
  };
}

/**
 * Checks one row with the same field rules as the JSON API (observationFields,
 * checkObservation) without building an object for zod: imports read a million
 * rows, and this is their hot loop. Cells arrive plain (plainCell); names of
 * indicators, regions and targets become ids (idOfName); `12%` is read as 12
 * where the indicator's or target's unit is %.
 */
function readRow(
  plan: PlanLike & { targets?: readonly (FigureTarget | NameTarget)[] },
  resolve: NameResolver,
  raw: RawRow,
  defaults: { source: string },
  row: number,
  problems: RowProblem[],
  names: ColumnNames,
): NewObservation | undefined {
  const before = problems.length;
  let indicatorId = '';
  let targetId = '';
  if (raw.indicatorId === '' && raw.targetId === '')
    problems.push({
      row,
      column: names.indicatorId,
      problem: 'the indicator is missing',
      problemZh: '没有填写指标',
    });
  else if (raw.indicatorId !== '' && raw.targetId !== '')
    problems.push({
      row,
      column: names.targetId,
      problem: `give ${names.indicatorId} or ${names.targetId}, not both`,
      problemZh: `“${names.indicatorId}”和“${names.targetId}”只能填一个`,
    });
  else if (raw.indicatorId !== '') {
    const named = resolve.indicator(raw.indicatorId);
    if (typeof named === 'string') indicatorId = named;
    else problems.push({ row, column: names.indicatorId, ...named });
  } else {
    const named = resolve.target(raw.targetId);
    if (typeof named === 'string') targetId = named;
    else problems.push({ row, column: names.targetId, ...named });
  }
  let region = plan.subjectRegion;
  if (raw.region !== '') {
    const named = resolve.region(raw.region);
    if (typeof named === 'string') region = named;
    else problems.push({ row, column: names.region, ...named });
  }
  // Most cells are plain numbers: no object for them (this runs a million times).
  const plain = !raw.value.includes(',') && !raw.value.includes('%');
  const cell = plain ? undefined : valueCell(raw.value);
  const value = parseValueText(cell ? cell.text : raw.value);
  if (!value.ok)
    problems.push({
      row,
      column: names.value,
      problem: value.message,
      problemZh: value.messageZh,
    });
  else if (cell?.percent) {
    const unit = percentProblem(plan, indicatorId, targetId, raw.value);
    if (unit) problems.push({ row, column: names.value, ...unit });
  }
  let year: number | undefined;
  let date: string | undefined;
  const yearText = yearCell(raw.year);
  if (raw.date !== '') {
    const dateText = dateCell(raw.date);
    if (!isCalendarDate(dateText)) {
      problems.push({
        row,
        column: names.date,
        problem: `"${raw.date}" is not a date as YYYY-MM-DD`,
        problemZh: `“${raw.date}”不是日期，日期的写法如 2023-06-30`,
      });
    } else if (yearText !== '' && !dateText.startsWith(`${yearText}-`)) {
      // Our exports give the year beside a date; they must agree, and the date is kept.
      problems.push({
        row,
        column: names.date,
        problem: `the date ${dateText} is not in the year ${yearText}`,
        problemZh: `日期 ${dateText} 不在 ${yearText} 年内`,
      });
    } else date = dateText;
  } else if (yearText !== '') {
    year = /^\d{1,4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    const problem = Number.isNaN(year) ? `"${raw.year}" is not a year` : yearProblem(year);
    if (problem)
      problems.push({
        row,
        column: names.year,
        problem,
        problemZh: Number.isNaN(year) ? `“${raw.year}”不是年份` : (yearProblemZh(year) ?? problem),
      });
  } else {
    problems.push({
      row,
      column: names.year,
      problem: 'give a year or a date',
      problemZh: '请填写年份或日期',
    });
  }
  const source = raw.source === '' ? defaults.source : raw.source;
  const sourceIssue = sourceProblem(source);
  if (sourceIssue)
    problems.push({
      row,
      column: names.source,
      problem: sourceIssue,
      problemZh: sourceProblemZh(source) ?? sourceIssue,
    });
  if (raw.note.length > NOTE_MAX) {
    problems.push({
      row,
      column: names.note,
      problem: `the note is longer than ${NOTE_MAX} characters`,
      problemZh: `备注超过 ${NOTE_MAX} 个字符`,
    });
  }
  if (problems.length > before || !value.ok) return undefined;
  const target = targetId !== '';
  const errors = target
    ? checkObservation(
        plan,
        { targetId, region, value: value.value },
        { targets: plan.targets ?? [] },
      )
    : checkObservation(plan, { indicatorId, region, value: value.value });
  if (errors.length > 0) {
    for (const error of errors) {
      const field = error.path.split('.')[0] ?? '';
      problems.push({
        row,
        column: names[field as keyof RawRow] ?? field,
        problem: error.message,
        problemZh: error.messageZh,
      });
    }
    return undefined;
  }
  const note = raw.note === '' ? null : raw.note;
  // A target's own figure is keyed by the target's id (as toNewObservation keys it); no extra
  // object per row: this is the hot loop.
  const key = target ? targetId : indicatorId;
  const observation: NewObservation =
    date !== undefined
      ? {
          indicatorId: key,
          region,
          value: value.value,
          source,
          note,
          date,
          year: Number(date.slice(0, 4)),
          period: 'date',
        }
      : {
          indicatorId: key,
          region,
          value: value.value,
          source,
          note,
          date: `${year}-12-31`,
          year: year as number,
          period: 'year',
        };
  if (target) observation.targetId = targetId;
  return observation;
}

/** Why a value written with % cannot be read as the number before it, or undefined (the unit is %). */
function percentProblem(
  plan: PlanLike & { targets?: readonly (FigureTarget | NameTarget)[] },
  indicatorId: string,
  targetId: string,
  text: string,
): { problem: string; problemZh: string } | undefined {
  if (targetId !== '') {
    const target = plan.targets?.find((candidate) => candidate.id === targetId);
    if (!target || target.unit.zh === '%' || target.unit.en === '%') return undefined;
    return {
      problem: `"${text}" is a percentage, but target ${targetId} counts ${target.unit.zh}: give the number without %`,
      problemZh: `“${text}”是百分数，但目标 ${targetId} 以“${target.unit.zh}”计：请填写不带 % 的数字`,
    };
  }
  const indicator = planIndicator(plan, indicatorId);
  if (!indicator || indicator.unit.kind === 'percent') return undefined;
  return {
    problem: `"${text}" is a percentage, but ${indicator.name.zh} (${indicator.id}) is measured in ${indicator.unit.zh}: give the number without %`,
    problemZh: `“${text}”是百分数，但“${indicator.name.zh}”以“${indicator.unit.zh}”计：请填写不带 % 的数字`,
  };
}

function readCsv(
  body: Uint8Array,
  encoding: CsvEncoding,
  bounds: ImportLimits,
  onHeader: (header: string[]) => void,
  onRow: (cells: (index: number) => string | undefined, row: number) => void,
): void {
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
        `超过 ${bounds.maxRows} 行，超出一次导入的上限（maxRows）：请拆分成几个文件分别导入`,
      );
    }
    dataRow++;
    onRow((index) => record[index], dataRow);
  };
  try {
    // Decoded and read a slice at a time: the file's text is never held whole beside its bytes.
    // A GB18030 file is decoded as such throughout: a slice cut never splits its characters.
    forEachCsvSlice(
      body,
      (text) => forEachCsvRecord(text, onRecord, bounds, cursor),
      undefined,
      encoding === 'gb18030' ? 'gb18030' : 'utf-8',
    );
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    if (isInvalidEncoded(error))
      throw new ImportRefusedError(422, 'encoding', NOT_TEXT_MESSAGE, NOT_TEXT_MESSAGE_ZH);
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
