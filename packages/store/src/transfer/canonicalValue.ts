import type { Dialect } from '../database.js';

/**
 * What a column holds, as the transfer sees it. The two engines name types differently
 * (SQLite `integer`, PostgreSQL `int4`) and hand back different JavaScript values for the
 * same stored value (a boolean is 1 on SQLite and `true` on PostgreSQL; an `int8` is a
 * string from pg): every value is written in one canonical form per class, so a table
 * hashes alike on both engines.
 */
export type ColumnClass = 'text' | 'integer' | 'float' | 'boolean' | 'blob';

/** A value as the transfer file holds it (and as its hash is computed): plain JSON. */
export type CanonicalValue = string | number | boolean | null;

const CLASS_OF_TYPE: Record<string, ColumnClass> = {
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  integer: 'integer',
  int: 'integer',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  bigint: 'integer',
  smallint: 'integer',
  'double precision': 'float',
  float8: 'float',
  float4: 'float',
  real: 'float',
  float: 'float',
  boolean: 'boolean',
  bool: 'boolean',
  blob: 'blob',
  bytea: 'blob',
};

/**
 * The class of a column from the type its engine reports; undefined for a type the
 * transfer does not know how to carry unchanged (the caller refuses the table, naming it).
 */
export function columnClassOf(dataType: string): ColumnClass | undefined {
  return CLASS_OF_TYPE[dataType.trim().toLowerCase()];
}

/** A value that does not fit its column's class: named by table, column and row key. */
class CanonicalValueError extends Error {
  constructor(where: string, value: unknown, expected: ColumnClass) {
    super(
      `${where} holds ${describe(value)} where ${expected === 'integer' ? 'an' : 'a'} ${expected} value was expected: it cannot be carried unchanged`,
    );
    this.name = 'CanonicalValueError';
  }
}

function describe(value: unknown): string {
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  return `${text} (${typeof value})`;
}

/**
 * A value read from either engine in its canonical form: text as is, integers and floats as
 * JSON numbers (a float's shortest round-trip form; an `int8` string becomes a number when
 * safe), booleans as true/false (SQLite's 1/0 included), bytes as base64, null as null.
 * Throws CanonicalValueError for a value that does not fit (NaN, ±Infinity, an unsafe
 * integer, text in a number column).
 */
export function toCanonical(value: unknown, type: ColumnClass, where: string): CanonicalValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'integer': {
      const number =
        typeof value === 'bigint' || (typeof value === 'string' && /^-?\d+$/.test(value))
          ? Number(value)
          : value;
      if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
      break;
    }
    case 'float':
      if (typeof value === 'number' && Number.isFinite(value)) return value === 0 ? 0 : value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      break;
    case 'blob':
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      break;
  }
  throw new CanonicalValueError(where, value, type);
}

/** A canonical value as the target engine stores it: the inverse of toCanonical. */
export function fromCanonical(value: CanonicalValue, type: ColumnClass, dialect: Dialect): unknown {
  if (value === null) return null;
  if (type === 'blob') return Buffer.from(String(value), 'base64');
  if (type === 'boolean') return dialect === 'sqlite' ? (value ? 1 : 0) : Boolean(value);
  return value;
}
