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
  // Per column, in arrays of one kind each (quicker to reach than fields of column objects).
  const tagsOf: Uint8Array[] = [];
  const cellsOf: Float64Array[] = [];
  const othersOf: unknown[][] = [];
  const distinct: (Map<string, number> | null)[] = [];
  const lastString: string[] = [];
  const lastIndex: number[] = [];
  // A column's cells are made when it first holds a number or a string.
  const none = new Float64Array(0);
  for (let k = 0; k < width; k++) {
    tagsOf.push(new Uint8Array(count));
    cellsOf.push(none);
    othersOf.push([]);
    distinct.push(new Map());
    lastString.push('');
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
      const tags = tagsOf[k] as Uint8Array;
      switch (typeof value) {
        case 'string': {
          let index: number;
          // lastIndex -1: nothing seen yet (the '' it starts with is not in the table).
          if (value === lastString[k] && (lastIndex[k] as number) >= 0)
            index = lastIndex[k] as number;
          else {
            const seen = distinct[k];
            const known = seen ? seen.get(value) : undefined;
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
          let cells = cellsOf[k] as Float64Array;
          if (cells === none) cellsOf[k] = cells = new Float64Array(count);
          cells[r] = index;
          tags[r] = STRING;
          break;
        }
        case 'number': {
          let cells = cellsOf[k] as Float64Array;
          if (cells === none) cellsOf[k] = cells = new Float64Array(count);
          cells[r] = value;
          tags[r] = NUMBER;
          break;
        }
        case 'boolean':
          tags[r] = value ? TRUE : FALSE;
          break;
        case 'undefined':
          tags[r] = UNDEFINED;
          break;
        default:
          if (value === null) tags[r] = NULL;
          else {
            tags[r] = OTHER;
            (othersOf[k] as unknown[]).push(value);
          }
      }
    }
  }
  const columns = tagsOf.map(
    (tags, k): PackedColumn => ({
      tags,
      cells: cellsOf[k] === none ? null : (cellsOf[k] as Float64Array),
      others: othersOf[k] as unknown[],
    }),
  );
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

/** Which tags a column holds, as a bit per tag. */
function kindsOf(tags: Uint8Array): number {
  let kinds = 0;
  for (let r = 0; r < tags.length; r++) kinds |= 1 << (tags[r] as number);
  return kinds;
}

/** The value of cell `r` of column `k` in `unpackLoop`'s source, as plain as the column allows. */
function cellSource(k: number, kinds: number): string {
  const bit = (tag: number) => 1 << tag;
  switch (kinds) {
    case bit(STRING):
      return `S[C${k}[r]]`;
    case bit(NUMBER):
      return `C${k}[r]`;
    case bit(NULL):
      return 'null';
    case bit(TRUE):
      return 'true';
    case bit(FALSE):
      return 'false';
    case 0:
    case bit(UNDEFINED):
      return 'undefined';
    case bit(TRUE) | bit(FALSE):
      return `T${k}[r] === ${TRUE}`;
    case bit(STRING) | bit(NULL):
      return `T${k}[r] === ${STRING} ? S[C${k}[r]] : null`;
    case bit(NUMBER) | bit(NULL):
      return `T${k}[r] === ${NUMBER} ? C${k}[r] : null`;
    default:
      return `d(${k}, r)`;
  }
}

type UnpackLoop = (
  strings: string[],
  tags: Uint8Array[],
  cells: Float64Array[],
  decode: (k: number, r: number) => unknown,
  count: number,
) => Record<string, unknown>[];

/**
 * The loop that makes the rows: one object literal per row, each cell read as plainly as its
 * column allows (a column of strings reads the table, a column of nulls is `null`). Made once per
 * call with `new Function` (the key names JSON-quoted, no values in its source); undefined where
 * code cannot be made from strings (--disallow-code-generation-from-strings).
 */
function unpackLoop(
  keys: readonly string[],
  columns: readonly PackedColumn[],
): UnpackLoop | undefined {
  const locals = columns.map((_, k) => `const T${k} = T[${k}], C${k} = C[${k}];`).join('\n');
  const fields = keys
    .map(
      (key, k) =>
        `${JSON.stringify(key)}: ${cellSource(k, kindsOf((columns[k] as PackedColumn).tags))}`,
    )
    .join(',\n');
  try {
    return new Function(
      'S',
      'T',
      'C',
      'd',
      'n',
      `${locals}\nconst rows = new Array(n);\nfor (let r = 0; r < n; r++) rows[r] = {\n${fields}\n};\nreturn rows;`,
    ) as UnpackLoop;
  } catch {
    return undefined;
  }
}

/** The rows `packRows` packed, as `structuredClone` of them would give them. */
export function unpackRows<T = Record<string, unknown>>(packed: PackedRows): T[] {
  const { count, keys, columns } = packed;
  const strings = JSON.parse(packed.strings) as string[];
  const width = keys.length;
  const tagsOf = columns.map((column) => column.tags);
  const cellsOf = columns.map((column) => column.cells ?? new Float64Array(0));
  const othersOf = columns.map((column) => column.others);
  // Cells of OTHER are taken in row order: the next of the column's list each time.
  const othersAt = new Array<number>(width).fill(0);
  const decode = (k: number, r: number): unknown => {
    switch ((tagsOf[k] as Uint8Array)[r]) {
      case STRING:
        return strings[(cellsOf[k] as Float64Array)[r] as number];
      case NUMBER:
        return (cellsOf[k] as Float64Array)[r];
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case UNDEFINED:
        return undefined;
      default: {
        const at = othersAt[k] as number;
        othersAt[k] = at + 1;
        return (othersOf[k] as unknown[])[at];
      }
    }
  };
  const loop = unpackLoop(keys, columns);
  if (loop) return loop(strings, tagsOf, cellsOf, decode, count) as T[];
  // Without code made from strings: the keys added one at a time.
  const rows: T[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < width; k++) row[keys[k] as string] = decode(k, r);
    rows[r] = row as T;
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
