import { ordosPlan } from '@plan/indicators';
import { createToken, type Store, seedStore } from '@plan/store';
import { fixedClock, storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendJson } from '../_test/testApp.js';
import { createApp } from '../app.js';

const ADMIN = 'record-test-admin-Xq7vK2pLm9Rt';
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = Record<string, any>;

/** The API over `store` (seeded with the plan's baselines), with an editor and a viewer token. */
async function apiOn(store: Store) {
  await seedStore(store, { plan: ordosPlan, demo: false });
  const app = createApp({ store, clock: fixedClock, adminToken: ADMIN });
  const editor = await createToken({ store }, 'bureau-editor', 'editor', 'PLAN_ADMIN_TOKEN');
  const viewer = (await createToken({ store }, 'reader', 'viewer', 'PLAN_ADMIN_TOKEN')).token;
  const tokens = { admin: ADMIN, editor: editor.token, viewer };
  const send = (
    role: keyof typeof tokens,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => sendJson(app, method, path, tokens[role], body, headers);
  const etagOf = async (id: string) =>
    (await send('viewer', 'GET', `/api/v1/observations/${id}`)).headers.get('etag') ?? '';
  const patch = async (role: keyof typeof tokens, id: string, body: unknown) =>
    send(role, 'PATCH', `/api/v1/observations/${id}`, body, { 'if-match': await etagOf(id) });
  const remove = async (role: keyof typeof tokens, id: string) =>
    send(role, 'DELETE', `/api/v1/observations/${id}`, undefined, { 'if-match': await etagOf(id) });
  return { app, tokens, editorId: editor.info.id, send, patch, remove };
}

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `the record cannot be bent, on ${factory.name}`,
    () => {
      let opened: Awaited<ReturnType<StoreFactoryOpen>>;
      let api: Awaited<ReturnType<typeof apiOn>>;
      beforeEach(async () => {
        opened = await factory.open();
        api = await apiOn(opened.store);
      });
      afterEach(async () => opened.dispose());

      const planRow = async () => {
        const rows = await opened.store.listObservations({ source: 'plan' });
        const row = rows[0];
        if (!row) throw new Error('the seed wrote no plan rows');
        return row;
      };

      it('keeps the plan’s own rows (source "plan") out of reach, for the admin too', async () => {
        const row = await planRow();
        for (const role of ['editor', 'admin'] as const) {
          const changed = await api.patch(role, row.id, { value: 1, reason: 'try' });
          expect(changed.status, `${role} PATCH`).toBe(403);
          expect(changed.body.detail).toMatch(/source "plan"/);
          expect((await api.remove(role, row.id)).status, `${role} DELETE`).toBe(403);
        }
        const forged = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: row.indicatorId,
          year: 2022,
          value: 1,
          source: 'plan',
        });
        expect(forged.status).toBe(403);
        expect(await opened.store.getObservation(row.id)).toEqual(row);
      });

      it('leaves moving a figure between demo and official to the admin, with a reason kept in the history', async () => {
        const demo = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2023,
          value: 44.5,
          source: 'demo',
        });
        expect(demo.status).toBe(201);
        const official = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2022,
          value: 44,
        });
        const toOfficial = await api.patch('editor', demo.body.id, { source: 'api' });
        expect(toOfficial.status).toBe(403);
        expect(toOfficial.body.detail).toMatch(/admin act/);
        const toDemo = await api.patch('editor', official.body.id, { source: 'demo' });
        expect(toDemo.status).toBe(403);
        const noReason = await api.patch('admin', demo.body.id, { source: 'statistics-bureau' });
        expect(noReason.status).toBe(400);
        expect(noReason.body.detail).toMatch(/needs a reason/);
        const moved = await api.patch('admin', demo.body.id, {
          source: 'statistics-bureau',
          reason: 'confirmed by the 2023 bulletin',
        });
        expect(moved.status).toBe(200);
        expect(moved.body).toMatchObject({ source: 'statistics-bureau', illustrative: false });
        const history = await api.send(
          'viewer',
          'GET',
          `/api/v1/observations/${demo.body.id}/history`,
        );
        expect(
          history.body.items.map((item: Json) => [
            item.action,
            item.actor,
            item.actorId,
            item.reason,
          ]),
        ).toEqual([
          ['create', 'bureau-editor', api.editorId, null],
          ['update', 'PLAN_ADMIN_TOKEN', 'admin-token', 'confirmed by the 2023 bulletin'],
        ]);
      });

      it('does not let an editor flip the city’s assessment from no_data by relabelling demo figures', async () => {
        // The city's assessment of the indicator, as the plan assessment reports it.
        const status = async () =>
          (
            await api.send('viewer', 'GET', '/api/v1/assessments?asOf=2023-12-31')
          ).body.indicators.find((item: Json) => item.indicatorId === 'regular-exercise-share');
        const before = await status();
        expect(before.status).toBe('no_data');
        const demo = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2023,
          value: 46,
          source: 'demo',
        });
        expect(await status()).toEqual(before);
        expect((await api.patch('editor', demo.body.id, { source: 'api' })).status).toBe(403);
        expect(await status()).toEqual(before);
        // The same relabelling would have flipped it: done as the admin act it is, it does.
        const relabelled = await api.patch('admin', demo.body.id, {
          source: 'statistics-bureau',
          reason: 'confirmed by the 2023 bulletin',
        });
        expect(relabelled.status).toBe(200);
        expect((await status()).status).not.toBe('no_data');
        await api.patch('admin', demo.body.id, {
          source: 'demo',
          reason: 'not confirmed after all',
        });
        expect(await status()).toEqual(before);
        // Hiding an official figure as demo (which "remove demo data" would then delete) is refused too.
        const official = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2022,
          value: 44,
        });
        expect((await api.patch('editor', official.body.id, { source: 'demo' })).status).toBe(403);
        await api.send('admin', 'DELETE', '/api/v1/observations/illustrative');
        expect(await opened.store.getObservation(official.body.id)).toMatchObject({ value: 44 });
      });

      it('answers 409 naming the existing observation when a correction lands on its natural key', async () => {
        const first = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2022,
          value: 44,
          source: 'statistics-bureau',
        });
        const second = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2022,
          value: 45,
        });
        const clash = await api.patch('editor', second.body.id, { source: 'statistics-bureau' });
        expect(clash.status).toBe(409);
        expect(clash.body.detail).toContain(first.body.id);
        expect(clash.headers.get('location')).toBe(`/api/v1/observations/${first.body.id}`);
        expect((await opened.store.getObservation(second.body.id))?.source).toBe('api');
      });

      it('records the token id in the history, and refuses duplicate and reserved token names', async () => {
        const created = await api.send('editor', 'POST', '/api/v1/observations', {
          indicatorId: 'regular-exercise-share',
          year: 2022,
          value: 44,
        });
        const corrected = await api.patch('editor', created.body.id, {
          value: 44.2,
          reason: 'typo',
        });
        expect(corrected.status).toBe(200);
        const history = await api.send(
          'viewer',
          'GET',
          `/api/v1/observations/${created.body.id}/history`,
        );
        expect(history.body.items.map((item: Json) => item.actorId)).toEqual([
          api.editorId,
          api.editorId,
        ]);
        for (const name of ['PLAN_ADMIN_TOKEN', 'admin', 'System', 'plan', 'import']) {
          const reserved = await api.send('admin', 'POST', '/api/v1/tokens', {
            name,
            role: 'editor',
          });
          expect(reserved.status, name).toBe(400);
          expect(reserved.body.detail).toMatch(/reserved/);
        }
        const duplicate = await api.send('admin', 'POST', '/api/v1/tokens', {
          name: 'Bureau-Editor',
          role: 'admin',
        });
        expect(duplicate.status).toBe(409);
        expect(duplicate.body.detail).toContain(api.editorId);
      });
    },
  );
}

type StoreFactoryOpen = ReturnType<typeof storeFactories>[number]['open'];
