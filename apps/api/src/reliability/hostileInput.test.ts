import { ordosPlan } from '@plan/indicators';
import { checkObservation } from '@plan/observations';
import { columnLetters, parseCsv } from '@plan/observations/rows';
import {
  cellsXlsx,
  deepXlsx,
  notAWorkbookZip,
  percentXlsx,
  sharedStringsBombXlsx,
  wideXlsx,
  workbookWithoutSheet,
  XLSX_TYPE,
  zipBombXlsx,
} from '@plan/observations/rows/testing';
import { createToken } from '@plan/store';
import { describeOnEveryStore, fixedClock } from '@plan/store/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { createApp } from '../app.js';
import { openApiOperations } from './openApiOperations.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ writeRatePerMinute: 1_000_000 });
});
afterAll(async () => t.close());

const nasty = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    "'; DROP TABLE observations; --",
    '=HYPERLINK("http://evil.example","x")',
    '+SUM(1,2)',
    '@cmd',
    '-1+1',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '\u0000',
    '\u202e\u200b',
    '鄂尔多斯市',
    '../../etc/passwd',
    '%00',
    '{"__proto__":{"admin":true}}',
    'x'.repeat(10_000),
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0, 100.0000001, -1, 2 ** 53),
  fc.double(),
  nasty,
);
/** Deeply nested JSON as text: building it as an object would overflow the test's own stack. */
class RawJson {
  constructor(readonly text: string) {}
}
const deep = (depth: number) => new RawJson(`${'{"value":'.repeat(depth)}1${'}'.repeat(depth)}`);
const body = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      indicatorId: fc.oneof(
        fc.constantFrom(
          'student-myopia-rate',
          'vocational-general-ratio',
          'dual-qualified-teachers-share',
        ),
        nasty,
      ),
      region: fc.oneof(fc.constant('ordos'), nasty),
      year: fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), hostileNumber),
      date: fc.oneof(fc.constantFrom('2023-02-29', '2024-02-29', '9999-99-99'), nasty),
      value: fc.oneof(
        hostileNumber,
        fc.record({ ratio: fc.array(hostileNumber) }),
        fc.record({ parts: fc.dictionary(nasty, hostileNumber) }),
      ),
      source: nasty,
      note: nasty,
      reason: nasty,
      name: nasty,
      role: fc.oneof(fc.constantFrom('admin', 'editor', 'viewer'), nasty),
      method: fc.oneof(
        fc.constantFrom('time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'),
        nasty,
      ),
      direction: fc.oneof(fc.constantFrom('increase', 'decrease'), nasty),
      series: fc.array(fc.record({ year: hostileNumber, value: hostileNumber }), { maxLength: 8 }),
    },
    { requiredKeys: [] },
  ),
  fc.integer({ min: 50, max: 100_000 }).map(deep),
);

const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

describe('hostile input, generated from the OpenAPI document', () => {
  it('never gets a 5xx, and a refused write changes nothing', async () => {
    const operations = openApiOperations(t.app);
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(
          nasty,
          fc.dictionary(
            fc.constantFrom(...(operation.queryParams.length ? operation.queryParams : ['q'])),
            nasty,
          ),
          body,
          async (param, query, payload) => {
            const before = await t.store.dataVersion();
            const search = new URLSearchParams(query).toString();
            const url = `${fill(operation.path, param)}${search ? `?${search}` : ''}`;
            const response = await t.app.request(url, {
              method: operation.method,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${t.tokens.admin}`,
              },
              ...(operation.method === 'GET'
                ? {}
                : { body: payload instanceof RawJson ? payload.text : JSON.stringify(payload) }),
            });
            await response.arrayBuffer();
            // The report documents are written by a renderer the CLI hands in (plan serve); this
            // app has none, so those routes answer 501 Not Implemented, by design.
            const unwired = response.status === 501 && operation.path.endsWith('/report');
            if (!unwired) {
              expect(response.status, `${operation.method} ${url}`).toBeLessThan(500);
            }
            if (response.status >= 400) expect(await t.store.dataVersion()).toBe(before);
          },
        ),
        { numRuns: 25 },
      );
    }
    // Whatever was accepted is a possible value for its indicator.
    for (const observation of await t.store.listObservations({ includeIllustrative: true })) {
      const { targetId: _indicatorFigure, ...figure } = observation;
      expect(checkObservation(ordosPlan, figure)).toEqual([]);
    }
    // Every plan-scoped operation is there twice (its alias and /plans/{planId}/…): twice the runs.
  }, 120_000);

  it('never gets a 5xx from hostile CSV imports, and exports neutralise formulas in every text cell', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(nasty, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        async (cells) => {
          const csv = [
            'indicator_id,region,year,value,note',
            ...cells.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')),
          ].join('\n');
          const before = await t.store.dataVersion();
          const response = await t.app.request('/api/v1/observations/import', {
            method: 'POST',
            headers: { 'content-type': 'text/csv', authorization: `Bearer ${t.tokens.editor}` },
            body: csv,
          });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(await t.store.dataVersion()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(nasty, fc.integer({ min: 1900, max: 2100 }), async (note, year) => {
        await t.app.request('/api/v1/observations', {
          method: 'POST',
          ...t.json('editor', {
            indicatorId: 'regular-exercise-share',
            year,
            value: 44,
            source: `fuzz-${year}`,
            note: note.slice(0, 2000),
          }),
        });
        return true;
      }),
      { numRuns: 40 },
    );
    const exported = await (
      await t.app.request('/api/v1/observations?format=csv&includeIllustrative=true', {
        headers: t.auth('viewer'),
      })
    ).text();
    const rows = parseCsv(exported);
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  });
});

/** Hostile import files: wide, deep, bombs (honest and lying), odd encodings, damaged ZIPs. */
const hostileFile: fc.Arbitrary<{ name: string; body: Uint8Array; type: string }> = fc.oneof(
  fc
    .array(
      fc.record({
        column: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 16_384 })),
        row: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 2, max: 1_048_576 })),
        text: nasty,
      }),
      { maxLength: 12 },
    )
    .map((cells) => ({
      name: 'wide',
      body: cellsXlsx(
        cells.map(({ column, row, text }) => ({ ref: `${columnLetters(column)}${row}`, text })),
      ),
      type: XLSX_TYPE,
    })),
  fc
    .integer({ min: 0, max: 3_000 })
    .map((rows) => ({ name: 'deep', body: deepXlsx(rows), type: XLSX_TYPE })),
  fc
    .record({
      bytes: fc.integer({ min: 64 * 1024, max: 4 * 1024 * 1024 }),
      declaredSize: fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: 0, max: 1024 }),
        fc.integer({ min: 129 * 1024 * 1024, max: 2 ** 32 - 2 }),
      ),
    })
    .map(({ bytes, declaredSize }) => ({
      name: 'bomb',
      bytes,
      declaredSize,
    })) as fc.Arbitrary<unknown>,
  fc
    .constantFrom(
      'wideXlsx',
      'notAWorkbookZip',
      'workbookWithoutSheet',
      'percentXlsx',
      'sharedStringsBombXlsx',
    )
    .map((name) => ({ name, made: name })) as fc.Arbitrary<unknown>,
  fc
    .record({
      text: fc.string({ unit: 'binary', maxLength: 200 }),
      encoding: fc.constantFrom('utf16le', 'latin1', 'utf8-nul', 'utf8-bom'),
      type: fc.constantFrom('text/csv', XLSX_TYPE),
    })
    .map(({ text, encoding, type }) => {
      const csv = `indicator_id,year,value,note\nregular-exercise-share,2022,44,${text}\n`;
      const body =
        encoding === 'utf16le'
          ? Buffer.from(`\ufeff${csv}`, 'utf16le')
          : encoding === 'latin1'
            ? Buffer.from(csv, 'latin1')
            : encoding === 'utf8-nul'
              ? Buffer.from(csv.replace(',', '\u0000'), 'utf8')
              : Buffer.from(`\ufeff${csv}`, 'utf8');
      return { name: `text ${encoding}`, body: new Uint8Array(body), type };
    }),
  fc
    .record({
      bytes: fc.uint8Array({ maxLength: 2_000 }),
      type: fc.constantFrom('text/csv', XLSX_TYPE),
    })
    .map(({ bytes, type }) => ({ name: 'random bytes', body: bytes, type })),
  fc
    .record({
      cut: fc.nat(),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
    })
    .map(({ cut, flips }) => ({ name: 'damaged', cut, flips })) as fc.Arbitrary<unknown>,
) as fc.Arbitrary<{ name: string; body: Uint8Array; type: string }>;

/** Builds the files whose making is asynchronous (bombs, exceljs workbooks, damaged copies). */
async function made(file: unknown): Promise<{ name: string; body: Uint8Array; type: string }> {
  const value = file as Record<string, unknown>;
  if (value.body instanceof Uint8Array)
    return value as { name: string; body: Uint8Array; type: string };
  if (value.name === 'bomb') {
    const declaredSize = value.declaredSize as number | undefined;
    const body = await zipBombXlsx(
      value.bytes as number,
      declaredSize === undefined ? {} : { declaredSize },
    );
    return { name: `bomb ${value.bytes} declared ${declaredSize}`, body, type: XLSX_TYPE };
  }
  if (value.name === 'damaged') {
    const good = await percentXlsx([0.441, 0.5]);
    const body = good.slice(0, Math.max(1, good.length - ((value.cut as number) % good.length)));
    for (const [at, xor] of value.flips as [number, number][]) {
      const index = at % body.length;
      body[index] = (body[index] ?? 0) ^ xor;
    }
    return { name: 'damaged', body, type: XLSX_TYPE };
  }
  const builders = {
    wideXlsx: () => wideXlsx(100),
    notAWorkbookZip,
    workbookWithoutSheet,
    percentXlsx: () => percentXlsx([0.441]),
    sharedStringsBombXlsx: async () => sharedStringsBombXlsx(1_200_000),
  };
  return {
    name: value.made as string,
    body: await builders[value.made as keyof typeof builders](),
    type: XLSX_TYPE,
  };
}

describeOnEveryStore('hostile spreadsheets', (store) => {
  it('never get a 5xx, and a refused import writes nothing', async () => {
    const app = createApp({ store: store(), clock: fixedClock, log: () => {} });
    const { token } = await createToken({ store: store() }, 'fuzz-editor', 'editor', 'test');
    await fc.assert(
      fc.asyncProperty(hostileFile, fc.boolean(), async (file, dryRun) => {
        const { name, body, type } = await made(file);
        const before = await store().dataVersion();
        const response = await app.request(
          `/api/v1/observations/import${dryRun ? '?dryRun=true' : ''}`,
          {
            method: 'POST',
            headers: { 'content-type': type, authorization: `Bearer ${token}` },
            body,
          },
        );
        await response.arrayBuffer();
        expect(response.status, name).toBeLessThan(500);
        if (response.status >= 400 || dryRun)
          expect(await store().dataVersion(), name).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
