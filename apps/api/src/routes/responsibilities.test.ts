import type { Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = Record<string, any>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('责任清单');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`responsibility list on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: Awaited<ReturnType<typeof testApp>>;
    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
      for (const [id, nameZh] of [
        ['basic-education', '基础教育科'],
        ['planning', '发展规划科'],
        ['finance', '市财政局'],
      ] as const) {
        const response = await t.app.request('/api/v1/units', {
          method: 'POST',
          ...t.json('admin', { id, nameZh }),
        });
        expect(response.status).toBe(201);
      }
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    const list = async () =>
      ((await (await t.app.request('/api/v1/responsibilities')).json()) as Json).items.map(
        (row: Json) => [row.itemId, row.lead, row.cooperating],
      );
    const put = (itemId: string, body: Json, role: 'admin' | 'editor' = 'admin') =>
      t.app.request(`/api/v1/responsibilities/${itemId}`, { method: 'PUT', ...t.json(role, body) });
    const importFile = async (body: Uint8Array | string, type: string, query = '') => {
      const response = await t.app.request(`/api/v1/responsibilities/import${query}`, {
        method: 'POST',
        headers: { ...t.auth('admin'), 'content-type': type },
        body,
      });
      return { status: response.status, body: (await response.json()) as Json };
    };

    it('lists units; a unit’s id and Chinese name are each unique', async () => {
      const units = (await (await t.app.request('/api/v1/units')).json()) as Json;
      expect(units.items.map((unit: Json) => unit.id)).toEqual([
        'basic-education',
        'finance',
        'planning',
      ]);
      const again = await t.app.request('/api/v1/units', {
        method: 'POST',
        ...t.json('admin', { id: 'other', nameZh: '市财政局' }),
      });
      expect(again.status).toBe(409);
      const byEditor = await t.app.request('/api/v1/units', {
        method: 'POST',
        ...t.json('editor', { id: 'x', nameZh: '某科' }),
      });
      expect(byEditor.status).toBe(403);
    });

    it('assigns an item (admin) and keeps every reassignment in its history', async () => {
      expect(
        (await put('P08-M2', { lead: 'basic-education', cooperating: ['finance'] })).status,
      ).toBe(200);
      const moved = await put('P08-M2', { lead: 'planning', cooperating: [], reason: '分工调整' });
      expect(moved.status).toBe(200);
      expect(((await moved.json()) as Json).version).toBe(2);
      expect(await list()).toEqual([['P08-M2', 'planning', []]]);
      const history = (await (
        await t.app.request('/api/v1/responsibilities/P08-M2/history')
      ).json()) as Json;
      expect(
        history.items.map((row: Json) => [row.old?.lead ?? null, row.new.lead, row.reason]),
      ).toEqual([
        [null, 'basic-education', null],
        ['basic-education', 'planning', '分工调整'],
      ]);
      expect((await put('P08-M2', { lead: 'nobody', cooperating: [] })).status).toBe(400);
      expect((await put('P99-M9', { lead: 'planning', cooperating: [] })).status).toBe(404);
      expect((await put('P08-M2', { lead: 'planning', cooperating: [] }, 'editor')).status).toBe(
        403,
      );
    });

    /**
     * Another writer's revision of P08-M2 (assigned once) already holds the version the next
     * change takes: the store's version key refuses that change, as when two changes race.
     */
    const raceOnP08M2 = async () => {
      expect((await put('P08-M2', { lead: 'planning', cooperating: [] })).status).toBe(200);
      const { plan_id } = await t.store.db
        .selectFrom('responsibilities')
        .select('plan_id')
        .executeTakeFirstOrThrow();
      await t.store.db
        .insertInto('responsibility_revisions')
        .values({
          id: 'concurrent-writer',
          plan_id,
          item_id: 'P08-M2',
          version: 2,
          old_json: null,
          new_json: JSON.stringify({ lead: 'finance', cooperating: [] }),
          actor: 'someone else',
          actor_id: null,
          at: '2024-06-30T08:00:00.000Z',
          reason: null,
        })
        .execute();
    };

    it('answers 409 in the reader’s language when another change to the item lands first', async () => {
      await raceOnP08M2();
      for (const [language, detail] of [
        ['zh-CN', /^P08-M2 的责任分工同时被他人修改，请重新读取后再试；未作改动。$/],
        [
          'en',
          /^the responsibility of P08-M2 was changed at the same time; read it again and retry; nothing changed\.$/,
        ],
      ] as const) {
        const refused = await t.app.request('/api/v1/responsibilities/P08-M2', {
          method: 'PUT',
          ...t.json(
            'admin',
            { lead: 'basic-education', cooperating: [] },
            { 'accept-language': language },
          ),
        });
        expect(refused.status).toBe(409);
        expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
        expect(((await refused.json()) as Json).detail).toMatch(detail);
      }
      // Nothing of the refused change was kept.
      expect(await list()).toEqual([['P08-M2', 'planning', []]]);
    });

    it('refuses a whole import with 409 when a change to one of its items lands first', async () => {
      await raceOnP08M2();
      const refused = await importFile(
        '事项编号,牵头单位\nP01-M1,finance\nP08-M2,finance\n',
        'text/csv',
      );
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(/changed at the same time; read it again and retry/);
      expect(await list()).toEqual([['P08-M2', 'planning', []]]);
    });

    it('imports the list from CSV with Chinese headers and units by name; a dry run writes nothing', async () => {
      const csv =
        '事项编号,牵头单位,配合单位\nP08-M2,基础教育科,市财政局、planning\nT-P07-M2-4,finance,\n';
      const dry = await importFile(csv, 'text/csv', '?dryRun=true');
      expect(dry).toMatchObject({ status: 200, body: { dryRun: true, ok: true, created: 2 } });
      expect(await list()).toEqual([]);
      const done = await importFile(csv, 'text/csv');
      expect(done.body).toMatchObject({ ok: true, rows: 2, created: 2, updated: 0 });
      expect(await list()).toEqual([
        ['P08-M2', 'basic-education', ['finance', 'planning']],
        ['T-P07-M2-4', 'finance', []],
      ]);
    });

    it('reads a CSV Excel saved in GB18030/GBK', async () => {
      // 事项编号,牵头单位,配合单位 / P08-M2,基础教育科, in GB18030
      const gbk = Buffer.from(
        'cac2cfeeb1e0bac52cc7a3cdb7b5a5cebb2cc5e4bacfb5a5cebb0a5030382d4d322cbbf9b4a1bdccd3fdbfc62c0a',
        'hex',
      );
      const done = await importFile(new Uint8Array(gbk), 'text/csv');
      expect(done).toMatchObject({ status: 200, body: { ok: true, created: 1 } });
      expect(await list()).toEqual([['P08-M2', 'basic-education', []]]);
    });

    it('refuses a file with bad rows as a whole, naming each row, and changes nothing', async () => {
      await put('P08-M2', { lead: 'planning', cooperating: [] });
      const csv = [
        'itemId,lead,cooperating',
        'P08-M2,basic-education,', // fine alone
        'P99-M1,planning,', // no such item
        'P01-M1,无此单位,', // unknown unit
        'P08-M2,finance,', // the same item again
        'P02-M1,planning,planning', // lead also cooperating
      ].join('\n');
      const refused = await importFile(csv, 'text/csv');
      expect(refused.status).toBe(400);
      const paths = refused.body.errors.map((error: Json) => error.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'rows.3.itemId',
          'rows.4.lead',
          'rows.5.itemId',
          'rows.6.cooperating',
        ]),
      );
      expect(await list()).toEqual([['P08-M2', 'planning', []]]);
      const dry = await importFile(csv, 'text/csv', '?dryRun=true');
      expect(dry.body.ok).toBe(false);
      expect(dry.body.problems.map((problem: Json) => problem.row)).toEqual(
        expect.arrayContaining([3, 4, 5, 6]),
      );
    });

    it('refuses other types, oversized files and broken workbooks', async () => {
      expect((await importFile('{}', 'application/json')).status).toBe(415);
      expect((await importFile(new Uint8Array(1024 * 1024 + 1), 'text/csv')).status).toBe(413);
      expect((await importFile('not a workbook', XLSX)).status).toBe(422);
      expect(await list()).toEqual([]);
    });

    it('imports from XLSX', async () => {
      const book = await workbook([
        ['事项编号', '牵头单位', '配合单位'],
        ['P08-M2', '发展规划科', '基础教育科;市财政局'],
      ]);
      const done = await importFile(book, XLSX);
      expect(done).toMatchObject({ status: 200, body: { ok: true, created: 1 } });
      expect(await list()).toEqual([['P08-M2', 'planning', ['basic-education', 'finance']]]);
    });
  });
}
