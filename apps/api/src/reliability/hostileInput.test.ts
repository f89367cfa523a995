import { ordosPlan } from '@plan/indicators';
import { checkObservation } from '@plan/observations';
import { parseCsv } from '@plan/observations/rows';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
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
            expect(response.status, `${operation.method} ${url}`).toBeLessThan(500);
            if (response.status >= 400) expect(await t.store.dataVersion()).toBe(before);
          },
        ),
        { numRuns: 25 },
      );
    }
    // Whatever was accepted is a possible value for its indicator.
    for (const observation of await t.store.listObservations({ includeIllustrative: true })) {
      expect(checkObservation(ordosPlan, observation)).toEqual([]);
    }
  });

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
      await t.app.request('/api/v1/observations?format=csv&includeIllustrative=true')
    ).text();
    const rows = parseCsv(exported);
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  });
});
