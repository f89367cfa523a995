import { describe, expect, it } from 'vitest';
import { columnClassOf, fromCanonical, toCanonical } from './canonicalValue.js';

describe('columnClassOf', () => {
  it('gives one class for the names either engine reports for a type', () => {
    expect(['integer', 'int4', 'int8', 'bigint'].map(columnClassOf)).toEqual([
      'integer',
      'integer',
      'integer',
      'integer',
    ]);
    expect(['double precision', 'float8', 'DOUBLE PRECISION'].map(columnClassOf)).toEqual([
      'float',
      'float',
      'float',
    ]);
    expect([columnClassOf('blob'), columnClassOf('bytea')]).toEqual(['blob', 'blob']);
    expect([columnClassOf('boolean'), columnClassOf('bool')]).toEqual(['boolean', 'boolean']);
  });

  it('knows no type whose values it could not carry unchanged', () => {
    expect(columnClassOf('jsonb')).toBeUndefined();
    expect(columnClassOf('timestamptz')).toBeUndefined();
    expect(columnClassOf('numeric')).toBeUndefined();
  });
});

describe('toCanonical', () => {
  it('writes what SQLite and PostgreSQL hand back for one value alike', () => {
    expect(toCanonical(1, 'boolean', 'x')).toBe(toCanonical(true, 'boolean', 'x'));
    expect(toCanonical(0, 'boolean', 'x')).toBe(false);
    expect(toCanonical('9007199254740991', 'integer', 'x')).toBe(9007199254740991);
    expect(toCanonical(12n, 'integer', 'x')).toBe(12);
    expect(toCanonical(60.5, 'float', 'x')).toBe(60.5);
    expect(toCanonical(-0, 'float', 'x')).toBe(0);
    expect(toCanonical(Buffer.from([0, 255, 1]), 'blob', 'x')).toBe('AP8B');
    expect(toCanonical(new Uint8Array([0, 255, 1]), 'blob', 'x')).toBe('AP8B');
    expect(toCanonical(null, 'text', 'x')).toBeNull();
    expect(toCanonical(undefined, 'float', 'x')).toBeNull();
  });

  it('refuses a value that does not fit its column, naming where it is', () => {
    expect(() =>
      toCanonical(Number.NaN, 'float', 'measure_reports.percent of row id="r1"'),
    ).toThrow(
      'measure_reports.percent of row id="r1" holds NaN (number) where a float value was expected',
    );
    expect(() => toCanonical(1.5, 'integer', 'x')).toThrow(/where an integer value/);
    expect(() => toCanonical('9007199254740993', 'integer', 'x')).toThrow();
    expect(() => toCanonical(12, 'text', 'x')).toThrow();
    expect(() => toCanonical(2, 'boolean', 'x')).toThrow();
  });
});

describe('fromCanonical', () => {
  it('gives each engine the value it stores', () => {
    expect(fromCanonical(true, 'boolean', 'sqlite')).toBe(1);
    expect(fromCanonical(true, 'boolean', 'postgres')).toBe(true);
    expect(fromCanonical('AP8B', 'blob', 'postgres')).toEqual(Buffer.from([0, 255, 1]));
    expect(fromCanonical(null, 'blob', 'sqlite')).toBeNull();
    expect(fromCanonical(41.25, 'float', 'sqlite')).toBe(41.25);
  });
});
