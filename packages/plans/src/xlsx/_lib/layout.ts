import {
  type ColumnList,
  type ColumnSpec,
  EXTRA_COLUMN,
  ROW_SHEETS,
  type SheetId,
  type SheetSpec,
} from '../planSheets.js';

/** The notes sheet: written for people, never read. */
export const NOTES_SHEET = '说明 Notes';

/** The plan sheet's columns: a field's label, its key, its value and an example value. */
export const PLAN_COLUMNS = { label: 1, key: 2, value: 3, example: 4 } as const;

/** Rows a list's validation and a column's text format reach below the data. */
export const SPARE_ROWS = 1_000;

/** A row sheet's columns in order: the example mark, the spec's columns, the extra JSON. */
export function rowSheetColumns(spec: SheetSpec): ColumnSpec[] {
  return [...spec.columns, EXTRA_COLUMN];
}

/** A header cell: the Chinese label and the key, "名称（中文） name.zh"; the key is what the reader matches. */
export const headerOf = (column: ColumnSpec) => `${column.zh} ${column.key}`;
export const keyOfHeader = (header: string) => header.trim().split(/\s+/).at(-1) ?? '';

/** A spreadsheet column's letters, 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The sheet's name as a formula reference: '地区 Regions'. */
const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;

/** The data-validation formula of a list: the words themselves, or a range of another sheet's ids. */
export function listFormula(list: ColumnList, rows: number): string {
  if (Array.isArray(list)) return `"${list.join(',')}"`;
  const { sheet, key } = list as { sheet: SheetId; key: string };
  const spec = ROW_SHEETS.find((candidate) => candidate.id === sheet) as SheetSpec;
  const letter = columnLetters(rowSheetColumns(spec).findIndex((column) => column.key === key) + 2);
  return `${quoted(spec.name)}!$${letter}$2:$${letter}$${rows + 1}`;
}
