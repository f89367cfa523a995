import { ordosPlan } from '@plan/indicators';
import { newObservation } from '@plan/store/testing';
import { addDays, formatISO } from 'date-fns';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { EXPORT_PAGE } from './observations.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

/** `count` observations of one indicator on consecutive days from 2021-01-01. */
async function seed(count: number) {
  const rows = Array.from({ length: count }, (_, day) => {
    const date = formatISO(addDays(new Date(2021, 0, 1), day), { representation: 'date' });
    return newObservation({
      date,
      year: Number(date.slice(0, 4)),
      period: 'date',
      value: 40 + (day % 10),
    });
  });
  await t.store.importObservations(rows, { name: 'test' });
}

type Page = { items: { id: string; date: string }[]; nextCursor: string | null };
const get = (query: string, headers: Record<string, string> = {}) =>
  t.app.request(`/api/v1/observations${query}`, { headers: { ...t.auth('viewer'), ...headers } });

describe('GET /api/v1/observations pages', () => {
  it('gives limit items and a cursor that walks every row once, in order', async () => {
    await seed(25);
    const seen: string[] = [];
    let query = '?limit=10';
    const sizes: number[] = [];
    for (;;) {
      const response = await get(query);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      sizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.date));
      if (!page.nextCursor) {
        expect(response.headers.get('link')).toBeNull();
        break;
      }
      expect(response.headers.get('link')).toContain('rel="next"');
      query = `?limit=10&cursor=${page.nextCursor}`;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(25);
  });

  it('sorts newest first with sort=-date', async () => {
    await seed(5);
    const page = (await (await get('?sort=-date&limit=3')).json()) as Page;
    expect(page.items.map((item) => item.date)).toEqual(['2021-01-05', '2021-01-04', '2021-01-03']);
    const next = (await (
      await get(`?sort=-date&limit=3&cursor=${page.nextCursor}`)
    ).json()) as Page;
    expect(next.items.map((item) => item.date)).toEqual(['2021-01-02', '2021-01-01']);
  });

  it('keeps { items } and gives at most 5000 by default', async () => {
    await seed(3);
    const page = (await (await get('')).json()) as Page;
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses unknown query parameters with 400 naming them (page, limit, sort were silently ignored)', async () => {
    const response = await get('?page=2&per_page=5');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(JSON.stringify(body.errors)).toMatch(/page/);
    expect(JSON.stringify(body.errors)).toMatch(/per_page/);
    expect((await get('?sort=value')).status).toBe(400);
    expect((await get('?limit=0')).status).toBe(400);
    expect((await get('?limit=10001')).status).toBe(400);
  });

  it('refuses a cursor altered by hand or taken to other filters or another sort', async () => {
    await seed(4);
    const { nextCursor } = (await (await get('?limit=2')).json()) as Page;
    if (!nextCursor) throw new Error('expected a next page');
    const decoded = JSON.parse(Buffer.from(nextCursor, 'base64url').toString()) as string[];
    decoded[3] = '2000-01-01';
    const altered = Buffer.from(JSON.stringify(decoded)).toString('base64url');
    expect((await get(`?limit=2&cursor=${altered}`)).status).toBe(400);
    expect((await get(`?limit=2&cursor=${nextCursor}&region=dongsheng`)).status).toBe(400);
    expect((await get(`?limit=2&cursor=${nextCursor}&sort=date`)).status).toBe(400);
    expect((await get('?cursor=not-a-cursor')).status).toBe(400);
  });

  it('answers 304 from the data version without reading the rows, and a write changes the ETag', async () => {
    await seed(3);
    const first = await get('');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"d\d+-/);
    // The routes read the default plan's rows through forPlan (the same object each time).
    const rows = t.store.forPlan(ordosPlan.id);
    const listObservations = rows.listObservations;
    let reads = 0;
    rows.listObservations = async (...args) => {
      reads += 1;
      return listObservations(...args);
    };
    const again = await get('', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(reads).toBe(0);
    await seed(4);
    expect((await get('', { 'if-none-match': etag ?? '' })).status).toBe(200);
  });
});

describe('GET /api/v1/observations exports', () => {
  it('streams every row as CSV, reading the store a page at a time', async () => {
    await seed(2500);
    const limits: (number | undefined)[] = [];
    const rows = t.store.forPlan(ordosPlan.id);
    const listObservations = rows.listObservations;
    rows.listObservations = async (filter) => {
      limits.push(filter?.limit);
      return listObservations(filter);
    };
    const response = await get('?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"d\d+-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte-order mark first, so Excel reads the UTF-8 Chinese text.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(2501);
    expect(lines[0]).toMatch(/^id,indicator_id/);
    expect(limits).toEqual([
      EXPORT_PAGE,
      EXPORT_PAGE,
      EXPORT_PAGE,
      EXPORT_PAGE,
      EXPORT_PAGE,
      EXPORT_PAGE,
    ]);
  });

  it('streams every row as XLSX, readable by a spreadsheet', async () => {
    await seed(1500);
    const response = await get('?format=xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('observations');
    expect(sheet?.rowCount).toBe(1501);
    expect(sheet?.getRow(1).getCell(1).value).toBe('id');
  });

  it('refuses limit or cursor with an export, which holds every row', async () => {
    expect((await get('?format=csv&limit=5')).status).toBe(400);
  });
});

describe('If-Match', () => {
  it('is compared strongly: a weak ETag of the current version does not match', async () => {
    const created = await t.app.request('/api/v1/observations', {
      method: 'POST',
      ...t.json('editor', {
        indicatorId: 'student-myopia-rate',
        year: 2023,
        value: 57.1,
        source: 'survey',
      }),
    });
    const etag = created.headers.get('etag') ?? '';
    const { id } = (await created.json()) as { id: string };
    const weak = await t.app.request(`/api/v1/observations/${id}`, {
      method: 'PATCH',
      ...t.json('editor', { value: 57.2 }, { 'if-match': `W/${etag}` }),
    });
    expect(weak.status).toBe(412);
    const strong = await t.app.request(`/api/v1/observations/${id}`, {
      method: 'PATCH',
      ...t.json('editor', { value: 57.2 }, { 'if-match': etag }),
    });
    expect(strong.status).toBe(200);
  });
});

describe('every route', () => {
  it('refuses a query parameter it does not document, naming it', async () => {
    const regions = await t.app.request('/api/v1/regions?page=2');
    expect(regions.status).toBe(400);
    expect(((await regions.json()) as { detail: string }).detail).toBe(
      'Unknown query parameter: page.',
    );
    const indicators = await t.app.request('/api/v1/indicators?table=sports&sort=name&limit=5');
    expect(indicators.status).toBe(400);
    expect(((await indicators.json()) as { detail: string }).detail).toBe(
      'Unknown query parameters: sort, limit.',
    );
    expect((await t.app.request('/api/v1/indicators?table=sports')).status).toBe(200);
  });
});
