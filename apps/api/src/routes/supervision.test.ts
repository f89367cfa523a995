import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = Record<string, any>;

const AS_OF = '2024-06-01';
const MEASURE = 'P07-M2';
const HOSTILE_UNIT = '<script>alert(1)</script>科';
const HOSTILE_NARRATIVE = '进展<img src=x onerror=alert(1)> [点此](javascript:alert(1)) | 分隔';

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `supervision and the circular on ${factory.name}`,
    () => {
      let opened: { store: Store; dispose: () => Promise<void> };
      let t: Awaited<ReturnType<typeof testApp>>;
      beforeEach(async () => {
        opened = await factory.open();
        t = await testApp({ store: opened.store });
        await t.store.units.create(
          { id: 'hostile', nameZh: HOSTILE_UNIT },
          { id: null, name: 'test' },
        );
        await t.app.request(`/api/v1/responsibilities/${MEASURE}`, {
          method: 'PUT',
          ...t.json('admin', { lead: 'hostile', cooperating: [] }),
        });
        const token = (
          await createToken(t, 'hostile-unit', 'editor', 'test', { scope: { unit: 'hostile' } })
        ).token;
        const report = await t.app.request(`/api/v1/measures/${MEASURE}/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ period: '2023', status: 'at_risk', narrative: HOSTILE_NARRATIVE }),
        });
        expect(report.status).toBe(201);
      });
      afterEach(async () => {
        await t.close();
        await opened.dispose();
      });

      const items = async (query = '') =>
        ((await (await t.app.request(`/api/v1/supervision?asOf=${AS_OF}${query}`)).json()) as Json)
          .items as Json[];

      it('lists overdue items with their kind, why and owner, filtered by unit and project', async () => {
        const all = await items();
        const measure = all.find((item) => item.id === MEASURE);
        expect(measure).toMatchObject({ kind: 'measure', leadUnit: 'hostile' });
        expect(measure?.reasons.length).toBeGreaterThan(0);
        for (const item of all) expect(['target', 'measure']).toContain(item.kind);
        expect((await items('&unit=hostile')).map((item) => item.id)).toContain(MEASURE);
        expect((await items('&unit=nobody')).map((item) => item.id)).not.toContain(MEASURE);
        for (const item of await items('&project=7')) expect(item.projectNumber).toBe(7);
        // A per-旗区 target nobody has reported on lags in every district.
        const dongsheng = (
          (await (
            await t.app.request('/api/v1/supervision?asOf=2026-01-31&region=dongsheng')
          ).json()) as Json
        ).items as Json[];
        expect(dongsheng.map((item) => item.id)).toContain('T-P01-M4-1');
        for (const item of dongsheng)
          expect(item.region === 'dongsheng' || item.laggingRegions.includes('dongsheng')).toBe(
            true,
          );
      });

      it('writes the circular in HTML and Markdown with every user-entered text escaped', async () => {
        const html = await t.app.request(`/api/v1/supervision/circular?asOf=${AS_OF}`);
        expect(html.status).toBe(200);
        expect(html.headers.get('content-type')).toMatch(/^text\/html/);
        const page = await html.text();
        expect(page).toContain('督办通报');
        expect(page).toContain(MEASURE);
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;科');
        expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(page).not.toContain('<script>');
        expect(page).not.toContain('<img');

        const markdown = await t.app.request(
          `/api/v1/supervision/circular?asOf=${AS_OF}&format=markdown`,
        );
        expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
        const text = await markdown.text();
        expect(text).toContain(MEASURE.replace('-', '\\-'));
        expect(text).not.toContain('<script>');
        expect(text).not.toContain('<img');
        expect(text).not.toContain('](javascript:');
        // A pipe in a narrative does not split the table row.
        const row = text.split('\n').find((line) => line.includes('onerror')) ?? '';
        expect(row.split(/(?<!\\)\|/).length).toBe(10);
      });
    },
  );
}
