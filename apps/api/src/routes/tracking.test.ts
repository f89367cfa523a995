import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = Record<string, any>;

const STATUSES = ['done', 'on_track', 'at_risk', 'overdue', 'not_reported'];
const AS_OF = '2024-06-01';
// 新建…1个 by 2022 in measure P07-M2: a cumulative target with its own figures, past due in 2024.
const OVERDUE_TARGET = 'T-P07-M2-4';

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`tracking reads on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: Awaited<ReturnType<typeof testApp>>;
    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await t.app.request(path, { headers });
      return {
        status: response.status,
        etag: response.headers.get('etag'),
        body: response.status === 200 ? ((await response.json()) as Json) : {},
      };
    };
    const postFigure = async (body: Json) => {
      const response = await t.app.request('/api/v1/observations', {
        method: 'POST',
        ...t.json('editor', body),
      });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const statusOf = async (id: string) =>
      (await get(`/api/v1/targets?asOf=${AS_OF}`)).body.items.find((item: Json) => item.id === id)
        ?.status;
    const supervised = async () =>
      (await get(`/api/v1/supervision?asOf=${AS_OF}`)).body.items.map((item: Json) => item.id);

    it('gives all 150 targets and all 91 measures, each with its id and one status', async () => {
      const targets = await get(`/api/v1/targets?asOf=${AS_OF}`);
      expect(targets.status).toBe(200);
      expect(targets.body.items).toHaveLength(150);
      for (const item of targets.body.items) {
        expect(item.id).toMatch(/^T-/);
        expect(STATUSES).toContain(item.status);
      }
      const measures = await get(`/api/v1/measures?asOf=${AS_OF}`);
      expect(measures.body.items).toHaveLength(91);
      for (const item of measures.body.items) {
        expect(item.id).toMatch(/^P\d\d-M\d+$/);
        expect(STATUSES).toContain(item.status);
      }
      expect(measures.body.plan.measures.total).toBe(91);
      expect(measures.body.plan.targets.total).toBe(150);
      // The plan-scoped path answers the same.
      const inPlan = await get(
        `/api/v1/plans/ordos-education-sports-2021-2025/targets?asOf=${AS_OF}`,
      );
      expect(inPlan.body.items).toHaveLength(150);
    });

    it('keeps the old filters of /targets', async () => {
      const linked = await get('/api/v1/targets?indicatorId=preschool-enrolment-rate');
      expect(linked.body.items.length).toBeGreaterThan(0);
      for (const item of linked.body.items)
        expect(item.indicatorId).toBe('preschool-enrolment-rate');
      const project = await get('/api/v1/targets?project=7');
      expect(project.body.items.map((item: Json) => item.id)).toContain(OVERDUE_TARGET);
      expect((await get('/api/v1/targets?year=2022')).body.items.length).toBeGreaterThan(0);
      expect((await get('/api/v1/targets?indicatorId=nope')).status).toBe(400);
    });

    it('takes a target’s own figure by targetId, and its status changes; the supervision list drops it', async () => {
      expect(await statusOf(OVERDUE_TARGET)).toBe('overdue');
      expect(await supervised()).toContain(OVERDUE_TARGET);
      const before = await get(`/api/v1/targets?asOf=${AS_OF}`);
      expect(
        (await get(`/api/v1/targets?asOf=${AS_OF}`, { 'if-none-match': before.etag ?? '' })).status,
      ).toBe(304);

      const posted = await postFigure({ targetId: OVERDUE_TARGET, year: 2022, value: 1 });
      expect(posted.status).toBe(201);
      expect(posted.body).toMatchObject({ targetId: OVERDUE_TARGET, indicatorId: OVERDUE_TARGET });

      // A write is a new data version: the old ETag no longer matches.
      expect(
        (await get(`/api/v1/targets?asOf=${AS_OF}`, { 'if-none-match': before.etag ?? '' })).status,
      ).toBe(200);
      expect(await statusOf(OVERDUE_TARGET)).toBe('done');
      expect(await supervised()).not.toContain(OVERDUE_TARGET);
    });

    it('imports targets’ own figures from a CSV with a target_id column', async () => {
      const response = await t.app.request('/api/v1/observations/import', {
        method: 'POST',
        headers: { ...t.auth('editor'), 'content-type': 'text/csv' },
        body: `target_id,year,value\n${OVERDUE_TARGET},2022,1\n`,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, created: 1 });
      expect(await statusOf(OVERDUE_TARGET)).toBe('done');
    });

    it('refuses a target figure for a target linked to an indicator, naming the indicator', async () => {
      const refused = await postFigure({ targetId: 'T-C2S3-1', year: 2023, value: 90 });
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain('preschool-enrolment-rate');
      const nonsense = await postFigure({ targetId: OVERDUE_TARGET, year: 2022, value: -1 });
      expect(nonsense.status).toBe(400);
      const unknown = await postFigure({ targetId: 'T-NOPE-1', year: 2022, value: 1 });
      expect(unknown.status).toBe(400);
      expect(await t.store.listObservations({})).toEqual([]);
    });

    it('takes a per-旗区 target’s figures by district; a district’s figure counts once the city approves it', async () => {
      const PER_DISTRICT = 'T-P01-M4-1'; // 每个旗区至少…1个, by 2025
      const city = await postFigure({ targetId: PER_DISTRICT, year: 2023, value: 1 });
      expect(city.status).toBe(400);
      expect(city.body.errors[0].path).toBe('region');
      const district = (
        await createToken(t, 'dongsheng-bureau', 'editor', 'test', {
          scope: { regions: ['dongsheng'] },
        })
      ).token;
      const sent = await t.app.request('/api/v1/observations', {
        method: 'POST',
        headers: { authorization: `Bearer ${district}`, 'content-type': 'application/json' },
        body: JSON.stringify({ targetId: PER_DISTRICT, region: 'dongsheng', year: 2023, value: 1 }),
      });
      expect(sent.status).toBe(201);
      const stored = (await sent.json()) as Json;
      expect(stored.approval).toBe('submitted');
      const byRegion = async () =>
        (await get(`/api/v1/targets?asOf=${AS_OF}`)).body.items
          .find((item: Json) => item.id === PER_DISTRICT)
          .byRegion?.find((row: Json) => row.region === 'dongsheng');
      expect((await byRegion())?.value ?? null).toBeNull();
      const approve = await t.app.request(`/api/v1/observations/${stored.id}/approve`, {
        method: 'POST',
        ...t.json('editor', {}),
      });
      expect(approve.status).toBe(200);
      expect(await byRegion()).toMatchObject({ value: 1, met: true });
    });

    it('answers any day as of which to judge, or 400 for what is not a day; never 500', async () => {
      for (const asOf of ['2019-01-01', '2021-01-01', '2100-12-31', '2024-02-29']) {
        for (const path of ['targets', 'measures', 'supervision', 'supervision/circular'])
          expect((await t.app.request(`/api/v1/${path}?asOf=${asOf}`)).status).toBe(200);
      }
      for (const asOf of ['2024-02-30', '2024-13-01', 'yesterday'])
        expect((await t.app.request(`/api/v1/targets?asOf=${asOf}`)).status).toBe(400);
    });

    it('sets the reporting cycle (admin only)', async () => {
      expect((await get('/api/v1/reporting-cycle')).body).toEqual({ cycle: 'year' });
      const put = (role: 'admin' | 'editor') =>
        t.app.request('/api/v1/reporting-cycle', {
          method: 'PUT',
          ...t.json(role, { cycle: 'quarter' }),
        });
      expect((await put('editor')).status).toBe(403);
      expect((await put('admin')).status).toBe(200);
      expect((await get('/api/v1/reporting-cycle')).body).toEqual({ cycle: 'quarter' });
      expect((await get(`/api/v1/measures?asOf=${AS_OF}`)).body.cycle).toBe('quarter');
    });
  });
}
