import {
  deepXlsx,
  hugeLineCsv,
  notAWorkbookZip,
  percentXlsx,
  wideCsv,
  wideXlsx,
  workbookWithoutSheet,
  XLSX_TYPE,
  zipBombXlsx,
} from '@plan/observations/rows/testing';
import { createToken, type Store } from '@plan/store';
import { describeOnEveryStore, fixedClock } from '@plan/store/testing';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { AppDeps } from '../appTypes.js';

const ADMIN = 'import-limits-admin-token-0123';

/** The app on `store`; `post` sends a file to the import route as an editor and reads the answer. */
async function appOn(store: Store, overrides: Partial<AppDeps> = {}) {
  const app = createApp({
    store,
    clock: fixedClock,
    adminToken: ADMIN,
    log: () => {},
    ...overrides,
  });
  const { token } = await createToken({ store }, 'limits-editor', 'editor', 'test');
  const post = async (body: Uint8Array | string, type: string, query = '') => {
    const response = await app.request(`/api/v1/observations/import${query}`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${token}` },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: JSON.parse(text) as {
        detail?: string;
        errors?: { path: string; message: string; code?: string }[];
        ok?: boolean;
        created?: number;
      },
    };
  };
  return { app, post };
}

describeOnEveryStore('import limits', (store) => {
  /** Sends the file as a dry run and as a real run: both refused alike, nothing written. */
  async function refused(
    post: Awaited<ReturnType<typeof appOn>>['post'],
    body: Uint8Array | string,
    type: string,
  ) {
    const before = await store().dataVersion();
    const dry = await post(body, type, '?dryRun=true');
    const real = await post(body, type);
    expect(real.status).toBe(dry.status);
    expect(real.type).toContain('application/problem+json');
    expect(await store().dataVersion()).toBe(before);
    expect(await store().countObservations()).toBe(0);
    return real;
  }

  it('refuses the 12 KB XLSX with a cell at XFD1 with a 422 naming maxColumns', async () => {
    const { post } = await appOn(store());
    const answer = await refused(post, await wideXlsx(300), XLSX_TYPE);
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.[0]?.code).toBe('maxColumns');
    expect(answer.body.detail).toContain('XFD1');
  });

  it('refuses a zip bomb (296 MB of XML) with a 413 before inflating it', async () => {
    const { post } = await appOn(store());
    const answer = await refused(post, await zipBombXlsx(296 * 1024 * 1024), XLSX_TYPE);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.code).toBe('maxXlsxUncompressedBytes');
  });

  it('refuses a zip bomb whose ZIP directory lies, once it inflates past what it declared', async () => {
    const { post } = await appOn(store());
    const answer = await refused(
      post,
      await zipBombXlsx(64 * 1024 * 1024, { lie: true }),
      XLSX_TYPE,
    );
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContain('more bytes than it declares');
  });

  it('refuses an XLSX larger than its limit on its Content-Length', async () => {
    const { post } = await appOn(store(), { importLimits: { maxXlsxBytes: 1024 } });
    const answer = await refused(post, deepXlsx(500), XLSX_TYPE);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.code).toBe('maxXlsxBytes');
  });

  it('refuses more rows than the configured limits', async () => {
    const { post } = await appOn(store(), { importLimits: { maxXlsxRows: 100, maxRows: 100 } });
    expect((await refused(post, deepXlsx(101), XLSX_TYPE)).body.errors?.[0]?.code).toBe(
      'maxXlsxRows',
    );
    const rows = `indicator_id,year,value\n${'regular-exercise-share,2022,44\n'.repeat(101)}`;
    expect((await refused(post, rows, 'text/csv')).body.errors?.[0]?.code).toBe('maxRows');
  });

  it('refuses a CSV of one 19 MB line and one of 5,000 columns with a 422', async () => {
    const { post } = await appOn(store());
    const long = await refused(post, hugeLineCsv(19 * 1024 * 1024), 'text/csv');
    expect(long.status).toBe(422);
    expect(long.body.errors?.[0]?.code).toBe('maxCellChars');
    const wide = await refused(post, wideCsv(5_000), 'text/csv');
    expect(wide.status).toBe(422);
    expect(wide.body.errors?.[0]?.code).toBe('maxColumns');
  });

  it('refuses mis-encoded files with a 422: NUL bytes, not UTF-8, a ZIP that is not a workbook, a workbook without a sheet', async () => {
    const { post } = await appOn(store());
    const cases: [Uint8Array | string, string, string][] = [
      [new Uint8Array([0x69, 0x6e, 0x00, 0x64]), 'text/csv', 'encoding'],
      [await percentXlsx([0.5]), 'text/csv', 'encoding'],
      [notAWorkbookZip(), XLSX_TYPE, 'structure'],
      [workbookWithoutSheet(), XLSX_TYPE, 'structure'],
      ['indicator_id,year,value\n', XLSX_TYPE, 'structure'],
    ];
    for (const [body, type, code] of cases) {
      const answer = await refused(post, body, type);
      expect(answer.status, code).toBe(422);
      expect(answer.body.errors?.[0]?.code).toBe(code);
    }
    // GB18030/GBK text (Excel's "CSV" on Chinese Windows) is read, not refused: 指标 is a header it does not know.
    const gbk = await post(new Uint8Array([0xd6, 0xb8, 0xb1, 0xea]), 'text/csv', '?dryRun=true');
    expect(gbk.status).toBe(200);
    expect(gbk.body.ok).toBe(false);
  });

  it('stores a cell shown as 44.1% as 44.1, never 0.441', async () => {
    const { post } = await appOn(store());
    const answer = await post(await percentXlsx([0.441]), XLSX_TYPE);
    expect(answer.body).toMatchObject({ ok: true, created: 1 });
    const [stored] = await store().listObservations();
    expect(stored).toMatchObject({ indicatorId: 'regular-exercise-share', value: 44.1 });
  });
});
