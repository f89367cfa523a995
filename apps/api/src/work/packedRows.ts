/**
 * A list of plain objects of one shape (the stored observations of a plan read)
 * packed into columns, so it crosses to a work thread as a few moved buffers
 * instead of a structured clone of every object: a million observations of 21
 * fields took ~10–13 s of CPU to clone (both sides), half of it on the
 * server's event loop. Few bytes, as fresh memory is dear (on the shared
 * machine, filling 112 MB of new typed arrays cost ~0.5 s): a column that
 * holds one kind of value (strings, numbers, nulls, …) keeps no tag per cell;
 * strings are places in the column's own table (sent as one JSON text), in
 * 1, 2 or 4 bytes as the table grows; numbers are 32-bit integers until one
 * is not (then 64-bit floats); anything else (a ratio's object) travels as it
 * is, cloned. `unpackRows` gives exactly what `structuredClone` of the list
 * gives: the same keys in the same order, the same values (-0 included),
 * plain objects. A list of another kind (objects of different keys or key
 * order, not plain objects, holes) is not packed (`packRows` gives undefined)
 * and crosses as it is.
 */

const STRING = 0;
const NUMBER = 1;
const NULL = 2;
const TRUE = 3;
const FALSE = 4;
const UNDEFINED = 5;
const OTHER = 6;
/** The kind of a column that holds more than one: its cells' tags are in `tags`. */
const MIXED = 7;

type Places = Uint8Array | Uint16Array | Uint32Array;

type PackedColumn = {
  /** The tag of every cell (STRING … OTHER), or MIXED: then `tags` holds each cell's. */
  kind: number;
  tags: Uint8Array | null;
  /** Each string cell's place in the column's table. */
  places: Places | null;
  /** Each number cell. */
  numbers: Int32Array | Float64Array | null;
  /** The values of the cells tagged OTHER, in row order (cloned as they are). */
  others: unknown[];
};

export type PackedRows = {
  count: number;
  keys: string[];
  columns: PackedColumn[];
  /** Each column's string table, as one JSON array of arrays (one text crosses as one copy). */
  strings: string;
};

/** A column's strings are looked up in a map until this many distinct ones; then only against the previous row's. */
const MAX_DISTINCT = 4096;

/** The buffers of `packed`, to be moved (transferred) with it. */
export function transferOf(packed: PackedRows): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of packed.columns)
    for (const array of [column.tags, column.places, column.numbers])
      if (array) buffers.push(array.buffer as ArrayBuffer);
  return buffers;
}

function tagOf(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'number':
      return NUMBER;
    case 'boolean':
      return value ? TRUE : FALSE;
    case 'undefined':
      return UNDEFINED;
    default:
      return value === null ? NULL : OTHER;
  }
}

/** `places` widened to hold `place` (a copy into a wider array), or as it is. */
function widened(places: Places, place: number, count: number): Places {
  if (places instanceof Uint8Array && place > 0xff) {
    const wider = place > 0xffff ? new Uint32Array(count) : new Uint16Array(count);
    wider.set(places);
    return wider;
  }
  if (places instanceof Uint16Array && place > 0xffff) {
    const wider = new Uint32Array(count);
    wider.set(places);
    return wider;
  }
  return places;
}

/** `rows` packed into columns, or undefined when they are not all plain objects of the first one's keys. */
export function packRows(rows: readonly object[]): PackedRows | undefined {
  const packer = rowPacker(rows);
  return packer?.pack(0, rows.length) ? packer.finish() : undefined;
}

/** Rows packed per slice of the event loop: packRows, with a turn for other work every `sliceRows` rows. */
export async function packRowsInSlices(
  rows: readonly object[],
  sliceRows = PACK_SLICE_ROWS,
): Promise<PackedRows | undefined> {
  const packer = rowPacker(rows);
  if (!packer) return undefined;
  for (let from = 0; from < rows.length; from += sliceRows) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    if (!packer.pack(from, Math.min(rows.length, from + sliceRows))) return undefined;
  }
  return packer.finish();
}

/** Rows packed per slice (a few tens of ms each on a busy core). */
export const PACK_SLICE_ROWS = 50_000;

/**
 * The packing of `rows`, a range at a time (`pack(from, to)`, false when a row is of another
 * kind: then the list is not packed), in order from 0; `finish` gives the packed rows.
 */
function rowPacker(rows: readonly object[]) {
  const count = rows.length;
  const first = rows[0];
  if (first === undefined || !isPlain(first)) return undefined;
  const keys = Object.keys(first);
  // `row.__proto__ = …` would set a prototype, not a key: such a list crosses as it is.
  if (keys.includes('__proto__')) return undefined;
  const width = keys.length;
  const read = rowReader(keys);
  const values = new Array<unknown>(width).fill(undefined);
  read(first as Record<string, unknown>, values);
  // Per column, in arrays of one kind each (quicker to reach than fields of column objects).
  const kinds: number[] = values.map(tagOf);
  const noTags = new Uint8Array(0);
  const noPlaces = new Uint8Array(0);
  const noNumbers = new Int32Array(0);
  const tagsOf: Uint8Array[] = [];
  const placesOf: Places[] = [];
  const numbersOf: (Int32Array | Float64Array)[] = [];
  const othersOf: unknown[][] = [];
  const tables: string[][] = [];
  const distinct: (Map<string, number> | null)[] = [];
  const lastString: string[] = [];
  const lastPlace: number[] = [];
  for (let k = 0; k < width; k++) {
    tagsOf.push(noTags);
    placesOf.push(noPlaces);
    numbersOf.push(noNumbers);
    othersOf.push([]);
    tables.push([]);
    distinct.push(new Map());
    lastString.push('');
    lastPlace.push(-1);
  }
  const pack = (from: number, to: number): boolean => {
    for (let r = from; r < to; r++) {
      // `in` of an array's hole is false; a hole is not an object either way.
      if (!(r in rows)) return false;
      const row = rows[r] as Record<string, unknown>;
      if (typeof row !== 'object' || row === null || !isPlain(row)) return false;
      // The same own enumerable keys in the same order (a plain object has no enumerable inherited
      // ones, unless Object.prototype was given some: then the keys differ from Object.keys').
      let k = 0;
      for (const key in row) {
        if (k >= width || key !== keys[k]) return false;
        k++;
      }
      if (k !== width) return false;
      read(row, values);
      for (k = 0; k < width; k++) {
        const value = values[k];
        const tag = tagOf(value);
        const kind = kinds[k] as number;
        if (kind !== tag) {
          if (kind !== MIXED) {
            // The first cell of another kind: from here each cell's tag is kept.
            const tags = new Uint8Array(count);
            tags.fill(kind, 0, r);
            tagsOf[k] = tags;
            kinds[k] = MIXED;
          }
          (tagsOf[k] as Uint8Array)[r] = tag;
        }
        if (tag === STRING) {
          const text = value as string;
          let place: number;
          // lastPlace -1: nothing seen yet (the '' it starts with is not in the table).
          if (text === lastString[k] && (lastPlace[k] as number) >= 0)
            place = lastPlace[k] as number;
          else {
            const table = tables[k] as string[];
            const seen = distinct[k];
            const known = seen ? seen.get(text) : undefined;
            if (known !== undefined) place = known;
            else {
              place = table.length;
              table.push(text);
              if (seen) {
                if (seen.size >= MAX_DISTINCT) distinct[k] = null;
                else seen.set(text, place);
              }
            }
            lastString[k] = text;
            lastPlace[k] = place;
          }
          let places = placesOf[k] as Places;
          if (places === noPlaces) placesOf[k] = places = new Uint8Array(count);
          if (place > 0xff) placesOf[k] = places = widened(places, place, count);
          places[r] = place;
        } else if (tag === NUMBER) {
          const number = value as number;
          let numbers = numbersOf[k] as Int32Array | Float64Array;
          if (numbers === noNumbers) numbersOf[k] = numbers = new Int32Array(count);
          // A number that is not a 32-bit integer (or is -0): from here 64-bit floats.
          if ((number | 0) !== number || (number === 0 && 1 / number < 0)) {
            if (numbers instanceof Int32Array) {
              const wider = new Float64Array(count);
              wider.set(numbers);
              numbersOf[k] = numbers = wider;
            }
          }
          numbers[r] = number;
        } else if (tag === OTHER) (othersOf[k] as unknown[]).push(value);
      }
    }
    return true;
  };
  const finish = (): PackedRows => {
    const columns = kinds.map(
      (kind, k): PackedColumn => ({
        kind,
        tags: tagsOf[k] === noTags ? null : (tagsOf[k] as Uint8Array),
        places: placesOf[k] === noPlaces ? null : (placesOf[k] as Places),
        numbers: numbersOf[k] === noNumbers ? null : (numbersOf[k] as Int32Array | Float64Array),
        others: othersOf[k] as unknown[],
      }),
    );
    return { count, keys, columns, strings: JSON.stringify(tables) };
  };
  return { pack, finish };
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

/** The value of cell `r` of column `k` in `unpackLoop`'s source, as plain as the column allows. */
function cellSource(k: number, kind: number): string {
  switch (kind) {
    case STRING:
      return `S${k}[P${k}[r]]`;
    case NUMBER:
      return `N${k}[r]`;
    case NULL:
      return 'null';
    case TRUE:
      return 'true';
    case FALSE:
      return 'false';
    case UNDEFINED:
      return 'undefined';
    default:
      return `d(${k}, r)`;
  }
}

type UnpackLoop = (
  strings: string[][],
  places: (Places | null)[],
  numbers: (Int32Array | Float64Array | null)[],
  decode: (k: number, r: number) => unknown,
  count: number,
) => Record<string, unknown>[];

/**
 * The loop that makes the rows: one object literal per row, each cell read as plainly as its
 * column allows (a column of strings reads its table, a column of nulls is `null`). Made once per
 * call with `new Function` (the key names JSON-quoted, no values in its source); undefined where
 * code cannot be made from strings (--disallow-code-generation-from-strings).
 */
function unpackLoop(
  keys: readonly string[],
  columns: readonly PackedColumn[],
): UnpackLoop | undefined {
  const locals = columns
    .map((_, k) => `const S${k} = S[${k}], P${k} = P[${k}], N${k} = N[${k}];`)
    .join('\n');
  const fields = keys
    .map((key, k) => `${JSON.stringify(key)}: ${cellSource(k, (columns[k] as PackedColumn).kind)}`)
    .join(',\n');
  try {
    return new Function(
      'S',
      'P',
      'N',
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
  const strings = JSON.parse(packed.strings) as string[][];
  const width = keys.length;
  const placesOf = columns.map((column) => column.places);
  const numbersOf = columns.map((column) => column.numbers);
  // Cells of OTHER are taken in row order: the next of the column's list each time.
  const othersAt = new Array<number>(width).fill(0);
  const decode = (k: number, r: number): unknown => {
    const column = columns[k] as PackedColumn;
    const tag = column.kind === MIXED ? (column.tags as Uint8Array)[r] : column.kind;
    switch (tag) {
      case STRING:
        return (strings[k] as string[])[(column.places as Places)[r] as number];
      case NUMBER:
        return (column.numbers as Int32Array | Float64Array)[r];
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
        return column.others[at];
      }
    }
  };
  const loop = unpackLoop(keys, columns);
  if (loop) return loop(strings, placesOf, numbersOf, decode, count) as T[];
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
export async function storedForTask<T extends object>(
  stored: T[] | undefined,
  large: boolean,
): Promise<{
  input: { stored: T[] } | { packed: PackedRows } | Record<string, never>;
  transfer: ArrayBuffer[];
}> {
  if (!stored) return { input: {}, transfer: [] };
  // Packed in slices: the server answers other requests meanwhile.
  const packed = large ? await packRowsInSlices(stored) : undefined;
  return packed
    ? { input: { packed }, transfer: transferOf(packed) }
    : { input: { stored }, transfer: [] };
}
