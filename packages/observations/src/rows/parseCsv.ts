import { columnLetters, ImportRefusedError } from './importLimits.js';

/** Bounds for forEachCsvRecord: fields per record and characters per field. */
export type CsvBounds = { maxColumns: number; maxCellChars: number };

const UNBOUNDED: CsvBounds = { maxColumns: Infinity, maxCellChars: Infinity };

/**
 * Reads CSV text (RFC 4180: comma-separated, fields in double quotes may hold
 * commas, line breaks and doubled quotes; CRLF or LF line ends; a leading BOM
 * is dropped) into rows of fields. Blank lines are skipped. Every row must have
 * as many fields as the first, else it throws naming the line.
 *
 * Written here rather than taken from a library because imports of a million
 * rows spend most of their time in this loop (see apps/api/bench).
 */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  forEachCsvRecord(input, (row) => {
    rows.push(row);
  });
  return rows;
}

/**
 * Where reading stands between two pieces of one CSV text (see csvSlices.ts): the
 * line the next piece starts on, and the field count of the first record.
 */
export type CsvCursor = { line: number; fields: number | undefined };

/**
 * parseCsv one record at a time: `onRecord` gets each record and its line as
 * it is read, so a caller keeps no grid of the whole file. With `bounds`, a
 * record of more fields or a field of more characters is refused
 * (ImportRefusedError, 422) as soon as it is met. With `cursor`, `input` is one
 * piece of a longer text that ends where a record ends: lines are counted on
 * from the cursor and every record must have the first record's field count;
 * the cursor is moved on for the next piece.
 */
export function forEachCsvRecord(
  input: string,
  onRecord: (record: string[], line: number) => void,
  bounds: CsvBounds = UNBOUNDED,
  cursor: CsvCursor = { line: 1, fields: undefined },
): void {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length === 0 && cursor.line > 1) return;
  let first = cursor.fields;
  let row: string[] = [];
  let line = cursor.line;
  let rowLine = line;
  let index = 0;
  const length = text.length;
  while (index <= length) {
    // One field.
    let field: string;
    if (text.charCodeAt(index) === 34 /* " */) {
      const startLine = line;
      let value = '';
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new Error(`line ${startLine}: a quoted field is never closed`);
        value += text.slice(from, quote);
        if (value.length > bounds.maxCellChars) tooLong(startLine, bounds);
        for (let at = from; at < quote; at++) if (text.charCodeAt(at) === 10) line++;
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      field = value;
      const next = text.charCodeAt(index);
      if (index < length && next !== 44 && next !== 10 && next !== 13) {
        throw new Error(`line ${line}: unexpected text after a closing quote`);
      }
    } else {
      let end = index;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13) break;
        if (code === 34) throw new Error(`line ${line}: a quote inside an unquoted field`);
        end++;
      }
      if (end - index > bounds.maxCellChars) tooLong(line, bounds);
      field = text.slice(index, end);
      index = end;
    }
    row.push(field);
    if (row.length > bounds.maxColumns) {
      throw new ImportRefusedError(
        422,
        'maxColumns',
        `line ${rowLine} has more than ${bounds.maxColumns} fields (column ${columnLetters(row.length)}): an import reads at most ${bounds.maxColumns} columns (limit maxColumns)`,
      );
    }
    const code = text.charCodeAt(index);
    if (code === 44) {
      index++;
      continue;
    }
    // End of a row: CRLF, LF, CR or the end of the text.
    if (code === 13 && text.charCodeAt(index + 1) === 10) index += 2;
    else index++;
    if (!(row.length === 1 && row[0] === '')) {
      if (first === undefined) first = row.length;
      else if (row.length !== first) {
        throw new Error(`line ${rowLine}: ${row.length} fields where the header has ${first}`);
      }
      onRecord(row, rowLine);
    }
    row = [];
    line++;
    rowLine = line;
    if (index >= length) break;
  }
  cursor.line = line;
  cursor.fields = first;
}

function tooLong(line: number, bounds: CsvBounds): never {
  throw new ImportRefusedError(
    422,
    'maxCellChars',
    `line ${line} has a field longer than ${bounds.maxCellChars} characters (limit maxCellChars)`,
  );
}
