/**
 * A list of plain objects of one shape (the stored observations of a plan read)
 * packed into columns, so it crosses to a work thread as a few moved buffers
 * instead of a structured clone of every object: a million observations of 21
 * fields took ~13 s of CPU to clone (both sides), most of it on the server's
 * event loop. Each column is a typed array of tags (string, number, null,
 * true, false, undefined, other) beside a Float64Array of numbers and string
 * numbers; strings go once into a table sent as one JSON text; anything else
 * (a ratio's object) travels as it is, cloned. `unpackRows` gives exactly what
 * `structuredClone` of the list gives: the same keys in the same order, the
 * same values (-0 included), plain objects. A list of another kind (objects of
 * different keys or key order, not plain objects, holes) is not packed
 * (`packRows` gives undefined) and crosses as it is.
 */

const STRING = 0;
const NUMBER = 1;
const NULL = 2;
const TRUE = 3;
const FALSE = 4;
const UNDEFINED = 5;
const OTHER = 6;

type PackedColumn = {
  tags: Uint8Array;
  /** The number, or the string's place in the table; null when the column holds neither. */
  cells: Float64Array | null;
  /** The values of the cells tagged OTHER, in row order (cloned as they are). */
  others: unknown[];
};

export type PackedRows = {
  count: number;
  keys: string[];
  columns: PackedColumn[];
  /** The string table as a JSON array (one text crosses as one copy). */
  strings: string;
};

/** A column's strings are looked up in a map until this many distinct ones; then only against the previous row's. */
const MAX_DISTINCT = 4096;

/** The buffers of `packed`, to be moved (transferred) with it. */
export function transferOf(packed: PackedRows): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of packed.columns) {
    buffers.push(column.tags.buffer as ArrayBuffer);
    if (column.cells) buffers.push(column.cells.buffer as ArrayBuffer);
  }
  return buffers;
}

/** `rows` packed into columns, or undefined when they are not all plain objects of the first one's keys. */
export function packRows(rows: readonly object[]): PackedRows | undefined {
  const count = rows.length;
  const first = rows[0];
  if (first === undefined || !isPlain(first)) return undefined;
  const keys = Object.keys(first);
  // `row.__proto__ = …` would set a prototype, not a key: such a list crosses as it is.
  if (keys.includes('__proto__')) return undefined;
  const width = keys.length;
  const strings: string[] = [];
  const columns: PackedColumn[] = [];
  const distinct: (Map<string, number> | null)[] = [];
  const lastString: (string | undefined)[] = [];
  const lastIndex: number[] = [];
  for (let k = 0; k < width; k++) {
    columns.push({ tags: new Uint8Array(count), cells: null, others: [] });
    distinct.push(new Map());
    lastString.push(undefined);
    lastIndex.push(-1);
  }
  const read = rowReader(keys);
  const values = new Array<unknown>(width).fill(undefined);
  for (let r = 0; r < count; r++) {
    // `in` of an array's hole is false; a hole is not an object either way.
    if (!(r in rows)) return undefined;
    const row = rows[r] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null || !isPlain(row)) return undefined;
    // The same own enumerable keys in the same order (a plain object has no enumerable inherited
    // ones, unless Object.prototype was given some: then the keys differ from Object.keys').
    let k = 0;
    for (const key in row) {
      if (k >= width || key !== keys[k]) return undefined;
      k++;
    }
    if (k !== width) return undefined;
    read(row, values);
    for (k = 0; k < width; k++) {
      const value = values[k];
      const column = columns[k] as PackedColumn;
      switch (typeof value) {
        case 'string': {
          let index: number;
          if (value === lastString[k]) index = lastIndex[k] as number;
          else {
            const seen = distinct[k];
            const known = seen?.get(value);
            if (known !== undefined) index = known;
            else {
              index = strings.length;
              strings.push(value);
              if (seen) {
                if (seen.size >= MAX_DISTINCT) distinct[k] = null;
                else seen.set(value, index);
              }
            }
            lastString[k] = value;
            lastIndex[k] = index;
          }
          column.cells ??= new Float64Array(count);
          column.cells[r] = index;
          column.tags[r] = STRING;
          break;
        }
        case 'number':
          column.cells ??= new Float64Array(count);
          column.cells[r] = value;
          column.tags[r] = NUMBER;
          break;
        case 'boolean':
          column.tags[r] = value ? TRUE : FALSE;
          break;
        case 'undefined':
          column.tags[r] = UNDEFINED;
          break;
        default:
          if (value === null) column.tags[r] = NULL;
          else {
            column.tags[r] = OTHER;
            column.others.push(value);
          }
      }
    }
  }
  return { count, keys, columns, strings: JSON.stringify(strings) };
}

function isPlain(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Reads the values of `keys` off a row into `values` (in the keys' order): one function made
 * once per key list (names JSON-quoted, no values in its source), so each read is of a known
 * name; where code cannot be made from strings, read by key.
 */
function rowReader(
  keys: readonly string[],
): (row: Record<string, unknown>, values: unknown[]) => void {
  try {
    const reads = keys.map((key, at) => `v[${at}] = r[${JSON.stringify(key)}];`).join(' ');
    return new Function('r', 'v', reads) as (
      row: Record<string, unknown>,
      values: unknown[],
    ) => void;
  } catch {
    return (row, values) => {
      for (let k = 0; k < keys.length; k++) values[k] = row[keys[k] as string];
    };
  }
}

/**
 * Makes a row of `keys` from the values in `values` (in the keys' order): one object literal
 * (a function made once per key list, the names JSON-quoted, no values in its source), much
 * quicker than adding keys one at a time; where code cannot be made from strings
 * (--disallow-code-generation-from-strings), the keys are added one at a time.
 */
function rowMaker(keys: readonly string[]): (values: unknown[]) => Record<string, unknown> {
  try {
    const fields = keys.map((key, at) => `${JSON.stringify(key)}: v[${at}]`).join(', ');
    return new Function('v', `return { ${fields} };`) as (
      values: unknown[],
    ) => Record<string, unknown>;
  } catch {
    return (values) => {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) row[keys[k] as string] = values[k];
      return row;
    };
  }
}

/** The rows `packRows` packed, as `structuredClone` of them would give them. */
export function unpackRows<T = Record<string, unknown>>(packed: PackedRows): T[] {
  const { count, keys, columns } = packed;
  const strings = JSON.parse(packed.strings) as string[];
  const width = keys.length;
  const make = rowMaker(keys);
  const values = new Array<unknown>(width).fill(undefined);
  const rows: T[] = new Array(count);
  const tagsOf = columns.map((column) => column.tags);
  const cellsOf = columns.map((column) => column.cells ?? new Float64Array(0));
  const othersOf = columns.map((column) => column.others);
  const othersAt = new Array<number>(width).fill(0);
  for (let r = 0; r < count; r++) {
    for (let k = 0; k < width; k++) {
      let value: unknown;
      switch ((tagsOf[k] as Uint8Array)[r]) {
        case STRING:
          value = strings[(cellsOf[k] as Float64Array)[r] as number];
          break;
        case NUMBER:
          value = (cellsOf[k] as Float64Array)[r];
          break;
        case NULL:
          value = null;
          break;
        case TRUE:
          value = true;
          break;
        case FALSE:
          value = false;
          break;
        case UNDEFINED:
          value = undefined;
          break;
        default:
          value = (othersOf[k] as unknown[])[othersAt[k] as number];
          othersAt[k] = (othersAt[k] as number) + 1;
      }
      values[k] = value;
    }
    rows[r] = make(values) as T;
  }
  return rows;
}

/**
 * The stored observations of a plan read as a task takes them (`stored`, or `packed` with its
 * buffers to move) — packed only when the task runs on a work thread (`large`): in process the
 * task reads the list itself, no copy made.
 */
export function storedForTask<T extends object>(
  stored: T[] | undefined,
  large: boolean,
): {
  input: { stored: T[] } | { packed: PackedRows } | Record<string, never>;
  transfer: ArrayBuffer[];
} {
  if (!stored) return { input: {}, transfer: [] };
  const packed = large ? packRows(stored) : undefined;
  return packed
    ? { input: { packed }, transfer: transferOf(packed) }
    : { input: { stored }, transfer: [] };
}
