import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { ordosPlan } from '@plan/indicators';
import type { Observation } from '@plan/observations';
import { sameValue } from '@plan/vitest-config/sameValue';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { packRows, packRowsInSlices, storedForTask, transferOf, unpackRows } from './packedRows.js';
import { tasks } from './tasks.js';

/** Packed, moved as a thread gets it (its buffers transferred), unpacked. */
function roundTrip(rows: object[]): unknown[] | undefined {
  const packed = packRows(rows);
  if (!packed) return undefined;
  const buffers = transferOf(packed);
  const moved = structuredClone(packed, { transfer: buffers });
  // Moved, not copied: the sender's buffers are emptied.
  for (const buffer of buffers) expect(buffer.byteLength).toBe(0);
  return unpackRows(moved);
}

const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '2023-06-30', 'obs-1', '\uD800', 'a\u0000b'),
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e-320),
  fc.integer(),
  fc.constantFrom(null, undefined, true, false),
  fc.constant({ ratio: [30, 70] }),
  fc.record({ parts: fc.dictionary(fc.string(), fc.double()) }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

describe('packRows', () => {
  it('gives what structuredClone gives, for lists of one shape', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.string(), { minLength: 1, maxLength: 8 })
          .filter((keys) => !keys.includes('__proto__')),
        fc.integer({ min: 1, max: 40 }),
        fc.infiniteStream(cell),
        (keys, count, cells) => {
          const rows = Array.from({ length: count }, () => {
            const row: Record<string, unknown> = {};
            for (const key of keys) row[key] = cells.next().value;
            return row;
          });
          const unpacked = roundTrip(rows);
          expect(unpacked).toBeDefined();
          expect(sameValue(unpacked, structuredClone(rows))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps strings past the distinct ones a column looks up, and repeats of the previous row', () => {
    // 70,000 distinct ids: their places take 1, then 2, then 4 bytes.
    const rows = Array.from({ length: 70_000 }, (_, index) => ({
      id: `obs-${index}`,
      date: `2021-01-${String((index % 28) + 1).padStart(2, '0')}`,
      source: index % 3 === 0 ? 'bulletin' : 'api',
      same: 'x',
      // Back to values seen before the column stopped looking them up.
      back: `v${index % 5000}`,
    }));
    expect(sameValue(roundTrip(rows), structuredClone(rows))).toBe(true);
  });

  it('keeps numbers as they are when a column turns from integers to floats or to other kinds', () => {
    const columns = [
      [1, 2, 3.5, -0, 2 ** 31, -(2 ** 31), Number.NaN],
      [1, -0, 2],
      [0, 'a', null, 1.5, true, { x: 1 }, undefined, 7],
      [null, null, 'a', 'a', 'b', null],
      [true, false, true],
      ['a', 'a', 'a'],
    ];
    for (const cells of columns) {
      const rows = cells.map((cell, index) => ({ index, cell, after: index % 2 ? 'odd' : null }));
      expect(sameValue(roundTrip(rows), structuredClone(rows))).toBe(true);
    }
  });

  it('leaves lists of another kind unpacked (they cross as they are)', () => {
    const a = { x: 1, y: 'a' };
    expect(packRows([])).toBeUndefined();
    expect(packRows([a, { y: 'a', x: 1 }])).toBeUndefined(); // another key order
    expect(packRows([a, { x: 1 }])).toBeUndefined(); // a key fewer
    expect(packRows([a, { x: 1, y: 'a', z: 2 }])).toBeUndefined(); // a key more
    expect(packRows([a, Object.assign(Object.create(null), a)])).toBeUndefined();
    expect(packRows([a, new (class Row {})()])).toBeUndefined();
    expect(packRows([a, null as unknown as object])).toBeUndefined();
    // biome-ignore lint/suspicious/noSparseArray: a hole on purpose
    expect(packRows([a, , a] as object[])).toBeUndefined();
    expect(packRows([JSON.parse('{"__proto__": 1}')])).toBeUndefined();
    expect(packRows([[1, 2]])).toBeUndefined();
    // A list of one shape is packed.
    expect(packRows([a, { x: 2, y: 'b' }])?.count).toBe(2);
  });

  it('gives the same where code cannot be made from strings', { timeout: 60_000 }, () => {
    const rows = [
      { a: 1, b: 'x', c: null, d: true, e: { ratio: [1, 2] }, f: undefined },
      { a: -0, b: 'y', c: 'z', d: false, e: 3, f: undefined },
      { a: Number.NaN, b: 'x', c: null, d: true, e: null, f: undefined },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'packed-rows-'));
    try {
      const script = join(dir, 'roundTrip.mts');
      const module = fileURLToPath(new URL('./packedRows.ts', import.meta.url));
      writeFileSync(
        script,
        `import { serialize } from 'node:v8';
import { packRows, transferOf, unpackRows } from ${JSON.stringify(module)};
const rows = ${'JSON.parse(process.argv[2])'}.map((row) => ({ ...row, a: row.a === 'neg0' ? -0 : row.a === 'nan' ? Number.NaN : row.a, f: undefined }));
const packed = packRows(rows);
const back = unpackRows(structuredClone(packed, { transfer: transferOf(packed) }));
process.stdout.write(serialize(back).toString('base64'));`,
      );
      const sent = rows.map((row) => ({
        ...row,
        a: Object.is(row.a, -0) ? 'neg0' : Number.isNaN(row.a) ? 'nan' : row.a,
      }));
      const out = execFileSync(
        process.execPath,
        [
          '--disallow-code-generation-from-strings',
          '--import',
          'tsx',
          script,
          JSON.stringify(sent),
        ],
        { encoding: 'utf8' },
      );
      expect(sameValue(deserialize(Buffer.from(out, 'base64')), structuredClone(rows))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('packs only for a thread', async () => {
    const rows = [{ x: 1 }];
    expect((await storedForTask(rows, false)).input).toEqual({ stored: rows });
    expect(await storedForTask(undefined, true)).toEqual({ input: {}, transfer: [] });
    const sent = await storedForTask(rows, true);
    expect('packed' in sent.input).toBe(true);
    expect(sent.transfer.length).toBeGreaterThan(0);
  });

  it('packs in slices as at once, giving other work a turn between slices', async () => {
    const rows = Array.from({ length: 1_000 }, (_, index) => ({
      id: `obs-${index}`,
      value: index % 7 === 0 ? { ratio: [1, 2] } : index / 3,
      note: index % 5 === 0 ? null : `n${index % 300}`,
    }));
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const sliced = await packRowsInSlices(rows, 100);
    clearInterval(counting);
    expect(turns).toBeGreaterThan(0);
    expect(sliced).toEqual(packRows(rows));
    // A row of another kind in a later slice: not packed, as at once.
    expect(await packRowsInSlices([...rows, { id: 'x' }], 100)).toBeUndefined();
  });
});

describe('a plan read packed for the work thread', { timeout: 120_000 }, () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => t.close());

  it('is judged as the stored observations are, set-aside values, ratios, parts and notes included', async () => {
    const dates = Array.from({ length: 400 }, (_, index) =>
      new Date(Date.UTC(2021, 0, 1 + index * 3)).toISOString().slice(0, 10),
    );
    const rows = ordosPlan.indicators.flatMap((indicator, at) =>
      dates.map((date, index) => {
        const wobble = (index * 7 + at * 13) % 100;
        const value =
          indicator.unit.kind === 'ratio'
            ? { ratio: [30 + (wobble % 20), 70 - (wobble % 20)] as [number, number] }
            : indicator.parts
              ? {
                  parts: Object.fromEntries(
                    indicator.parts.map((part, p) => [part.id, 40 + ((wobble + p * 11) % 60)]),
                  ),
                }
              : indicator.unit.kind === 'count'
                ? wobble * 3
                : Math.round(wobble * 9 + 50) / 10;
        return {
          indicatorId: indicator.id,
          region: 'ordos',
          date,
          year: Number(date.slice(0, 4)),
          period: 'date' as const,
          value,
          // Two sources on some days: one value counts, the other is set aside.
          source: index % 50 === 0 ? 'api' : 'bulletin',
          note: index % 9 === 0 ? `note ${index}` : null,
        };
      }),
    );
    await t.store.importObservations(rows, { name: 'test' });
    await t.store.importObservations(
      rows
        .filter((_, index) => index % 50 === 0)
        .map((row) => ({ ...row, source: 'bulletin' as const })),
      { name: 'test' },
    );
    const stored = await t.store.listObservations({ region: 'ordos', includeIllustrative: false });
    expect(stored.length).toBeGreaterThan(20_000);
    const packed = packRows(stored);
    expect(packed).toBeDefined();
    const moved = structuredClone(packed, { transfer: transferOf(packed as never) });
    expect(sameValue(unpackRows(moved as never), structuredClone(stored))).toBe(true);

    const version = await t.store.dataVersion();
    const ask = (input: { stored: Observation[] } | { packed: NonNullable<typeof packed> }) =>
      tasks.planAssessment({
        ...input,
        method: 'time-progress',
        asOf: '2023-06-30',
        region: 'ordos',
        version,
      });
    const asStored = ask({ stored });
    const asPacked = ask({ packed: moved as NonNullable<typeof packed> });
    expect('body' in asStored).toBe(true);
    expect(asPacked).toEqual(asStored);
    expect(JSON.parse((asStored as { body: string }).body).setAside.length).toBeGreaterThan(0);
  });
});
