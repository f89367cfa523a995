import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, testApp } from './_test/testApp.js';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let t: Ctx;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const post = (body: unknown, role?: 'admin' | 'editor' | 'viewer') =>
  t.app.request('/api/v1/observations', { method: 'POST', ...t.json(role, body) });

const validObservation = {
  indicatorId: 'regular-exercise-share',
  year: 2023,
  value: 44.2,
  source: 'statistics-bureau',
};

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as {
    title: string;
    status: number;
    detail: string;
    errors?: { path: string; message: string }[];
  };
  expect(body.status).toBe(response.status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body;
}

describe('the contract external checks use', () => {
  it('GET /api/v1/health answers 200 {"status":"ok"}', async () => {
    const response = await t.app.request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/v1/indicators lists all 61 indicators with ids, zh/en names, units and values', async () => {
    const response = await t.app.request('/api/v1/indicators');
    const { items } = (await response.json()) as {
      items: { id: string; name: { zh: string; en: string }; unit: unknown; values: unknown }[];
    };
    expect(items).toHaveLength(61);
    expect(items[0]).toMatchObject({
      id: 'preschool-enrolment-rate',
      name: { zh: '学前三年入园率', en: expect.any(String) },
      unit: { zh: '%' },
      values: { subject: { baseline: { printed: '98.5' } } },
    });
  });

  it('GET /api/v1/openapi.json is OpenAPI 3.1 and covers every route', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      ),
    );
    const served = t.app.routes
      .filter(
        (route) =>
          route.path.startsWith('/api/v1/') &&
          !route.path.includes('*') &&
          !route.path.startsWith('/api/v1/docs') &&
          route.path !== '/api/v1/openapi.json' &&
          route.method !== 'ALL',
      )
      .map((route) => `${route.method} ${route.path}`);
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) {
      if (route === 'GET /api/v1/health') continue;
      expect(documented, route).toContain(route);
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Observation', 'ObservationInput', 'Problem', 'Indicator']),
    );
  });

  it('GET /api/v1/docs is a reference page whose assets are served here, not from a CDN', async () => {
    const page = await (await t.app.request('/api/v1/docs')).text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      expect(source.startsWith('/api/v1/docs/assets/'), source).toBe(true);
      expect((await t.app.request(source)).status, source).toBe(200);
    }
  });

  it('POST /api/v1/observations answers 201 with a token, 401 without, 403 with a viewer token', async () => {
    const created = await post(validObservation, 'editor');
    expect(created.status).toBe(201);
    const stored = (await created.json()) as {
      id: string;
      version: number;
      region: string;
      date: string;
    };
    expect(stored).toMatchObject({ region: 'ordos', date: '2023-12-31', version: 1 });
    expect(created.headers.get('etag')).toBe(`"${stored.id}.v1"`);
    expect(created.headers.get('location')).toBe(`/api/v1/observations/${stored.id}`);
    expect((await post({ ...validObservation, year: 2024 })).status).toBe(401);
    const forbidden = await post({ ...validObservation, year: 2024 }, 'viewer');
    expect(forbidden.status).toBe(403);
    expect((await problemOf(forbidden)).detail).toContain('viewer');
  });

  it('GET /api/v1/observations?indicatorId= lists them', async () => {
    await post(validObservation, 'editor');
    await post({ ...validObservation, indicatorId: 'student-myopia-rate', value: 57 }, 'editor');
    const response = await t.app.request('/api/v1/observations?indicatorId=student-myopia-rate');
    const { items } = (await response.json()) as {
      items: { indicatorId: string; value: number }[];
    };
    expect(items).toEqual([
      expect.objectContaining({ indicatorId: 'student-myopia-rate', value: 57 }),
    ]);
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  it.each([
    ['a percentage above 100', { ...validObservation, value: 140 }, 'value', 'above 100'],
    [
      'a negative count',
      { indicatorId: 'first-grade-athletes', year: 2023, value: -1 },
      'value',
      'negative',
    ],
    [
      'a fractional count',
      { indicatorId: 'first-grade-athletes', year: 2023, value: 30.5 },
      'value',
      'whole number',
    ],
    [
      'an unknown indicator',
      { ...validObservation, indicatorId: 'no-such-indicator' },
      'indicatorId',
      'unknown indicator',
    ],
    ['an unknown region', { ...validObservation, region: 'atlantis' }, 'region', 'unknown region'],
    [
      'a malformed date',
      { ...validObservation, year: undefined, date: '2023-02-30' },
      'date',
      'not a real calendar date',
    ],
    ['both a year and a date', { ...validObservation, date: '2023-06-30' }, 'year', 'exactly one'],
    ['an unknown field', { ...validObservation, colour: 'red' }, '', 'colour'],
    [
      'a ratio whose parts do not add up',
      { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [38, 60] } },
      'value.ratio',
      'not 100',
    ],
    [
      'a part the indicator does not have',
      {
        indicatorId: 'dual-qualified-teachers-share',
        year: 2023,
        value: { parts: { tertiary: 50 } },
      },
      'value.parts.tertiary',
      'no part',
    ],
    [
      'a plain number for a split indicator',
      { indicatorId: 'dual-qualified-teachers-share', year: 2023, value: 50 },
      'value',
      'parts',
    ],
    ['a string where a number belongs', { ...validObservation, value: 'NaN' }, 'value', ''],
  ])('refuses %s, naming the field', async (_label, body, path, message) => {
    const response = await post(body, 'editor');
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    const error = problem.errors?.find((candidate) => candidate.path.startsWith(path));
    expect(error, JSON.stringify(problem.errors)).toBeDefined();
    expect(`${error?.path} ${error?.message}`).toContain(message);
    expect(await t.store.countObservations()).toBe(0);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.auth('editor') },
      body: '{"indicatorId":',
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('JSON');
  });

  it('refuses an oversized body with 413', async () => {
    const small = await testApp({ bodyLimit: 1024 });
    const response = await small.app.request('/api/v1/observations', {
      method: 'POST',
      ...small.json('editor', { ...validObservation, note: 'x'.repeat(5000) }),
    });
    expect(response.status).toBe(413);
    await problemOf(response);
    await small.close();
  });

  it('refuses a second report of the same value with 409, pointing at the first', async () => {
    const first = (await (await post(validObservation, 'editor')).json()) as { id: string };
    const again = await post({ ...validObservation, value: 45 }, 'editor');
    expect(again.status).toBe(409);
    expect(again.headers.get('location')).toBe(`/api/v1/observations/${first.id}`);
    expect(await t.store.countObservations()).toBe(1);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const response = await t.app.request('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    await problemOf(response);
  });
});

describe('authentication', () => {
  it('refuses malformed, unknown and revoked tokens with 401 on writes', async () => {
    const malformed = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token abc' },
      body: JSON.stringify(validObservation),
    });
    expect(malformed.status).toBe(401);
    const unknown = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer plan_not-a-real-token-at-all',
      },
      body: JSON.stringify(validObservation),
    });
    expect(unknown.status).toBe(401);

    const created = (await (
      await t.app.request('/api/v1/tokens', {
        method: 'POST',
        ...t.json('admin', { name: 'sync job', role: 'editor' }),
      })
    ).json()) as { id: string; token: string };
    const withNew = {
      'content-type': 'application/json',
      authorization: `Bearer ${created.token}`,
    };
    expect(
      (
        await t.app.request('/api/v1/observations', {
          method: 'POST',
          headers: withNew,
          body: JSON.stringify(validObservation),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.app.request(`/api/v1/tokens/${created.id}`, {
          method: 'DELETE',
          headers: t.auth('admin'),
        })
      ).status,
    ).toBe(200);
    const revoked = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: withNew,
      body: JSON.stringify({ ...validObservation, year: 2024 }),
    });
    expect(revoked.status).toBe(401);
    expect((await problemOf(revoked)).detail).toContain('revoked');
  });

  it('lets only admins manage tokens, and never lists token values', async () => {
    expect((await t.app.request('/api/v1/tokens', { headers: t.auth('editor') })).status).toBe(403);
    const list = (await (
      await t.app.request('/api/v1/tokens', { headers: t.auth('admin') })
    ).json()) as { items: object[] };
    expect(list.items.map((item) => Object.keys(item).sort())).toEqual(
      list.items.map(() => ['createdAt', 'createdBy', 'id', 'name', 'revokedAt', 'role', 'scope']),
    );
  });

  it('never writes a token into the request log', async () => {
    await post(validObservation, 'editor');
    await t.app.request('/api/v1/tokens', { headers: t.auth('admin') });
    const text = JSON.stringify(t.logs);
    expect(t.logs.length).toBeGreaterThanOrEqual(2);
    for (const token of [t.tokens.editor, t.tokens.viewer, ADMIN_TOKEN])
      expect(text).not.toContain(token);
    expect(t.logs[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/observations',
      status: 201,
      principal: 'test-editor',
    });
  });

  it('limits writes per token and says when to retry', async () => {
    const limited = await testApp({ writeRatePerMinute: 2 });
    const send = (year: number) =>
      limited.app.request('/api/v1/observations', {
        method: 'POST',
        ...limited.json('editor', { ...validObservation, year }),
      });
    expect((await send(2021)).status).toBe(201);
    expect((await send(2022)).status).toBe(201);
    const third = await send(2023);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.app.request('/api/v1/observations')).status).toBe(200);
    await limited.close();
  });
});

describe('corrections with optimistic concurrency', () => {
  async function created() {
    const response = await post(validObservation, 'editor');
    return {
      id: ((await response.json()) as { id: string }).id,
      etag: response.headers.get('etag') ?? '',
    };
  }
  const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.request(`/api/v1/observations/${id}`, {
      method: 'PATCH',
      ...t.json('editor', body, headers),
    });

  it('needs If-Match (428), refuses a stale one (412) and records who changed what and why', async () => {
    const { id, etag } = await created();
    expect((await patch(id, { value: 44.5 })).status).toBe(428);
    const ok = await patch(
      id,
      { value: 44.5, reason: 'corrected from the bulletin' },
      { 'if-match': etag },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${id}.v2"`);
    const stale = await patch(id, { value: 99 }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(`"${id}.v2"`);
    const history = (await (
      await t.app.request(`/api/v1/observations/${id}/history`, { headers: t.auth('viewer') })
    ).json()) as {
      items: {
        revision: number;
        action: string;
        actor: string;
        reason: string | null;
        old: { value: number } | null;
        new: { value: number } | null;
      }[];
    };
    expect(
      history.items.map((item) => [
        item.revision,
        item.action,
        item.actor,
        item.old?.value ?? null,
        item.new?.value ?? null,
        item.reason,
      ]),
    ).toEqual([
      [1, 'create', 'test-editor', null, 44.2, null],
      [2, 'update', 'test-editor', 44.2, 44.5, 'corrected from the bulletin'],
    ]);
  });

  it('refuses a corrected value that does not fit the indicator, changing nothing', async () => {
    const { id, etag } = await created();
    const response = await patch(id, { value: 101 }, { 'if-match': etag });
    expect(response.status).toBe(400);
    expect((await t.store.getObservation(id))?.value).toBe(44.2);
  });

  it('deletes with If-Match and keeps the deleted value in the history', async () => {
    const { id, etag } = await created();
    const remove = (headers: Record<string, string>) =>
      t.app.request(`/api/v1/observations/${id}?reason=duplicate`, {
        method: 'DELETE',
        headers: { ...t.auth('editor'), ...headers },
      });
    expect((await remove({})).status).toBe(428);
    expect((await remove({ 'if-match': `"${id}.v9"` })).status).toBe(412);
    expect((await remove({ 'if-match': etag })).status).toBe(204);
    expect((await t.app.request(`/api/v1/observations/${id}`)).status).toBe(404);
    const history = (await (
      await t.app.request(`/api/v1/observations/${id}/history`, { headers: t.auth('viewer') })
    ).json()) as {
      items: { action: string; reason: string }[];
    };
    expect(history.items.at(-1)).toMatchObject({ action: 'delete', reason: 'duplicate' });
  });

  it('serves reads with an ETag and answers a matching If-None-Match with 304', async () => {
    await created();
    const first = await t.app.request('/api/v1/observations');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(
      (await t.app.request('/api/v1/observations', { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
    await post({ ...validObservation, year: 2022 }, 'editor');
    expect(
      (await t.app.request('/api/v1/observations', { headers: { 'if-none-match': etag } })).status,
    ).toBe(200);
    const indicators = await t.app.request('/api/v1/indicators');
    expect(indicators.headers.get('cache-control')).toContain('max-age');
  });
});

describe('imports and exports', () => {
  const csv = (text: string, query = '', headers: Record<string, string> = {}) =>
    t.app.request(`/api/v1/observations/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...t.auth('editor'), ...headers },
      body: text,
    });
  const good =
    'indicator_id,region,year,value,source\nregular-exercise-share,ordos,2022,43.5,bureau\nvocational-general-ratio,ordos,2022,37:63,bureau\ndual-qualified-teachers-share,dongsheng,2022,secondary=59;higher=45,bureau\n';

  it('reports a dry run row by row and writes nothing', async () => {
    const text = `${good}nope,ordos,2022,1,bureau\nstudent-myopia-rate,ordos,20x,57,bureau\nstudent-myopia-rate,ordos,2022,157,bureau\n`;
    const response = await csv(text, '?dryRun=true');
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      ok: boolean;
      problems: { row: number; column: string; problem: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        row: 5,
        column: 'indicator_id',
        problem: 'unknown indicator "nope"',
        problemZh: '未知的指标“nope”：请按规划所印的指标名称或指标编号填写',
      },
      { row: 6, column: 'year', problem: '"20x" is not a year', problemZh: '“20x”不是年份' },
      {
        row: 7,
        column: 'value',
        problem: '157 is above 100: not a possible percentage',
        problemZh: '157 超过 100，不可能是百分比',
      },
    ]);
    expect(await t.store.countObservations()).toBe(0);
  });

  it('imports all or nothing: one bad row refuses the file', async () => {
    const refused = await csv(`${good}student-myopia-rate,ordos,2022,157,bureau\n`);
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).errors).toEqual([
      { path: 'rows.5.value', message: '157 is above 100: not a possible percentage' },
    ]);
    expect(await t.store.countObservations()).toBe(0);
    const accepted = await csv(good);
    expect(await accepted.json()).toMatchObject({ ok: true, created: 3, unchanged: 0 });
  });

  it('creates no duplicates when the same import is sent again, with or without an Idempotency-Key', async () => {
    expect(await (await csv(good, '', { 'idempotency-key': 'import-1' })).json()).toMatchObject({
      created: 3,
    });
    expect(await (await csv(good, '', { 'idempotency-key': 'import-1' })).json()).toMatchObject({
      created: 3,
    });
    expect(await (await csv(good)).json()).toMatchObject({ created: 0, unchanged: 3 });
    expect(await t.store.countObservations()).toBe(3);
    expect((await csv(`${good}\n`, '', { 'idempotency-key': 'import-1' })).status).toBe(409);
  });

  it('reports malformed CSV and unknown columns instead of guessing', async () => {
    const ragged = await csv(
      'indicator_id,year,value\nregular-exercise-share,2022\n',
      '?dryRun=true',
    );
    expect(
      ((await ragged.json()) as { problems: { problem: string }[] }).problems[0]?.problem,
    ).toMatch(/malformed CSV/);
    const unknown = await csv(
      'indicator_id,year,value,colour\nregular-exercise-share,2022,44,red\n',
      '?dryRun=true',
    );
    expect(((await unknown.json()) as { problems: { column: string }[] }).problems[0]?.column).toBe(
      'colour',
    );
    const wrongType = await t.app.request('/api/v1/observations/import', {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', ...t.auth('editor') },
      body: 'x',
    });
    expect(wrongType.status).toBe(415);
  });

  it('imports an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['indicator_id', 'region', 'year', 'value', 'source']);
    sheet.addRow(['student-myopia-rate', 'ordos', 2022, 57.4, 'health-survey']);
    const body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const response = await t.app.request('/api/v1/observations/import', {
      method: 'POST',
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ...t.auth('editor'),
      },
      body,
    });
    expect(await response.json()).toMatchObject({ ok: true, created: 1 });
    expect((await t.store.listObservations())[0]).toMatchObject({
      value: 57.4,
      source: 'health-survey',
    });
  });

  it('exports CSV and XLSX with spreadsheet formulas neutralised', async () => {
    await post(
      { ...validObservation, note: '=HYPERLINK("http://evil.example","click")' },
      'editor',
    );
    const exported = await (
      await t.app.request('/api/v1/observations?format=csv', { headers: t.auth('viewer') })
    ).text();
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(exported).not.toMatch(/,=HYPERLINK/);
    const xlsx = await t.app.request('/api/v1/observations?format=xlsx', {
      headers: t.auth('viewer'),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    const noteColumn = header.indexOf('note');
    const cell = workbook.worksheets[0]?.getRow(2).getCell(noteColumn);
    expect(cell?.value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell?.formula).toBeUndefined();
  });

  it('round-trips an exported CSV as an import without duplicates', async () => {
    await csv(good);
    const exported = await (
      await t.app.request('/api/v1/observations?format=csv', { headers: t.auth('viewer') })
    ).text();
    expect(await (await csv(exported)).json()).toMatchObject({
      ok: true,
      created: 0,
      unchanged: 3,
    });
  });
});

describe('illustrative demo data', () => {
  it('is hidden from official lists by default and removable by an admin in one call', async () => {
    await post({ ...validObservation, source: 'demo' }, 'editor');
    await post({ ...validObservation, year: 2022 }, 'editor');
    const official = (await (await t.app.request('/api/v1/observations')).json()) as {
      items: unknown[];
    };
    expect(official.items).toHaveLength(1);
    const all = (await (
      await t.app.request('/api/v1/observations?includeIllustrative=true')
    ).json()) as { items: { illustrative: boolean }[] };
    expect(all.items.map((item) => item.illustrative).sort()).toEqual([false, true]);
    expect(
      (
        await t.app.request('/api/v1/observations/illustrative', {
          method: 'DELETE',
          headers: t.auth('editor'),
        })
      ).status,
    ).toBe(403);
    const removed = await t.app.request('/api/v1/observations/illustrative', {
      method: 'DELETE',
      headers: t.auth('admin'),
    });
    expect(await removed.json()).toEqual({ removed: 1 });
    expect(await t.store.countObservations()).toBe(1);
  });
});

describe('headers', () => {
  it('sends security headers and CORS only to allowed origins', async () => {
    const open = await testApp({ corsOrigins: ['https://dashboard.example'] });
    const allowed = await open.app.request('/api/v1/health', {
      headers: { origin: 'https://dashboard.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await open.app.request('/api/v1/health', {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('content-security-policy')).toContain("default-src 'self'");
    await open.close();
  });
});
