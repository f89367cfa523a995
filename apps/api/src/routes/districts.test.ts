import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = any;

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`district accounts on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: Awaited<ReturnType<typeof testApp>>;
    let district: string;
    let city: string;

    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
      const scoped = async (name: string, regions: string[]) =>
        (await createToken(t, name, 'editor', 'test', { scope: { regions } })).token;
      district = await scoped('dongsheng-bureau', ['dongsheng']);
      city = await scoped('city-bureau', ['ordos']);
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    const send = (
      token: string,
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => t.send(method, path, token, body, headers);
    const read = async (path: string): Promise<Json> => (await t.app.request(path)).json();
    const figure = (region: string, year = 2023, value = 44.5) => ({
      indicatorId: 'regular-exercise-share',
      region,
      year,
      value,
      source: 'district-report',
    });
    const record = (token: string, region: string, year?: number, value?: number) =>
      send(token, 'POST', '/api/v1/observations', figure(region, year, value));

    it('lets a district token write its own district, submitted, and refuses it elsewhere naming its scope', async () => {
      const own = await record(district, 'dongsheng');
      expect(own.status).toBe(201);
      expect(own.body.approval).toBe('submitted');
      const other = await record(district, 'kangbashi');
      expect(other.status).toBe(403);
      expect(other.body.detail).toContain('scope: regions dongsheng');
      expect((await record(district, 'ordos')).status).toBe(403);
    });

    it('keeps the benchmark region for admins', async () => {
      expect((await record(district, 'inner-mongolia')).status).toBe(403);
      expect((await record(city, 'inner-mongolia')).status).toBe(403);
      const unscoped = await record(t.tokens.editor, 'inner-mongolia');
      expect(unscoped.status).toBe(403);
      expect(unscoped.body.detail).toMatch(/admin only/);
      const admin = await record(t.tokens.admin, 'inner-mongolia');
      expect(admin.status).toBe(201);
      expect(admin.body.approval).toBe('approved');
    });

    it('records the city’s and unscoped tokens’ figures as approved, as before', async () => {
      expect((await record(city, 'kangbashi')).body.approval).toBe('approved');
      expect((await record(t.tokens.editor, 'ordos')).body.approval).toBe('approved');
    });

    it('counts a submitted figure only once approved, and with includeSubmitted marks it', async () => {
      const { body: submitted } = await record(district, 'dongsheng');
      const path =
        '/api/v1/indicators/regular-exercise-share/assessment?region=dongsheng&asOf=2023-12-31';
      const before = await read(path);
      expect(before.observationsUsed).toBe(0);
      expect(before.usedSubmitted).toBe(false);
      const included = await read(`${path}&includeSubmitted=true`);
      expect(included.observationsUsed).toBe(1);
      expect(included.includeSubmitted).toBe(true);
      expect(included.usedSubmitted).toBe(true);
      expect(included.observations[0].approval).toBe('submitted');
      const approved = await send(city, 'POST', `/api/v1/observations/${submitted.id}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.approval).toBe('approved');
      const after = await read(path);
      expect(after.observationsUsed).toBe(1);
      expect(after.usedSubmitted).toBe(false);
    });

    it('marks plan assessment items that used a submitted figure', async () => {
      await record(district, 'dongsheng');
      const path = '/api/v1/assessments?region=dongsheng&asOf=2023-12-31';
      const approvedOnly = await read(path);
      expect(approvedOnly.observationsUsed).toBe(0);
      expect(approvedOnly.usedSubmitted).toBe(false);
      const included = await read(`${path}&includeSubmitted=true`);
      expect(included.observationsUsed).toBe(1);
      expect(included.usedSubmitted).toBe(true);
      const item = included.indicators.find(
        (entry: Json) => entry.indicatorId === 'regular-exercise-share',
      );
      expect(item.usedSubmitted).toBe(true);
    });

    it('returns with a reason, takes a resubmission, approves, locks, and keeps every step in the history', async () => {
      const { body: submitted } = await record(district, 'dongsheng');
      const id = submitted.id as string;
      const returned = await send(city, 'POST', `/api/v1/observations/${id}/return`, {
        reason: '与统计公报不符',
      });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({
        approval: 'returned',
        approvalReason: '与统计公报不符',
      });
      // Only a submitted figure is approved; a returned one is corrected first.
      expect((await send(city, 'POST', `/api/v1/observations/${id}/approve`)).status).toBe(409);
      const corrected = await send(
        district,
        'PATCH',
        `/api/v1/observations/${id}`,
        { value: 44.2, reason: '按公报更正' },
        { 'if-match': returned.headers.get('etag') ?? '' },
      );
      expect(corrected.status).toBe(200);
      expect(corrected.body.approval).toBe('submitted');
      const approved = await send(
        city,
        'POST',
        `/api/v1/plans/ordos-education-sports-2021-2025/observations/${id}/approve`,
      );
      expect(approved.status).toBe(200);
      expect(approved.body.approval).toBe('approved');
      const locked = await send(
        district,
        'PATCH',
        `/api/v1/observations/${id}`,
        { value: 45 },
        { 'if-match': approved.headers.get('etag') ?? '' },
      );
      expect(locked.status).toBe(409);
      const history = await send(t.tokens.viewer, 'GET', `/api/v1/observations/${id}/history`);
      expect(history.body.items.map((step: Json) => step.action)).toEqual([
        'create',
        'return',
        'update',
        'approve',
      ]);
      expect(history.body.items.map((step: Json) => step.new.approval)).toEqual([
        'submitted',
        'returned',
        'submitted',
        'approved',
      ]);
    });

    it('refuses a district token approval and return, naming its scope', async () => {
      const { body: submitted } = await record(district, 'dongsheng');
      const approve = await send(district, 'POST', `/api/v1/observations/${submitted.id}/approve`);
      expect(approve.status).toBe(403);
      expect(approve.body.detail).toContain('dongsheng');
      const bulk = await send(district, 'POST', '/api/v1/approvals', { region: 'dongsheng' });
      expect(bulk.status).toBe(403);
    });

    it('approves a district’s period in bulk, leaving other years', async () => {
      await record(district, 'dongsheng', 2023);
      await send(district, 'POST', '/api/v1/observations', {
        ...figure('dongsheng', 2023),
        indicatorId: 'student-myopia-rate',
        value: 57.1,
      });
      const { body: earlier } = await record(district, 'dongsheng', 2022, 44);
      const bulk = await send(city, 'POST', '/api/v1/approvals', {
        region: 'dongsheng',
        year: 2023,
      });
      expect(bulk.status).toBe(200);
      expect(bulk.body.approved).toBe(2);
      expect(bulk.body.ids).not.toContain(earlier.id);
      const waiting = await send(
        t.tokens.viewer,
        'GET',
        '/api/v1/observations?region=dongsheng&approval=submitted',
      );
      expect(waiting.body.items.map((row: Json) => row.id)).toEqual([earlier.id]);
      const unknown = await send(city, 'POST', '/api/v1/approvals', { region: 'atlantis' });
      expect(unknown.status).toBe(400);
    });

    const importCsv = (token: string, csv: string, query = '') =>
      t.app.request(`/api/v1/observations/import${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: csv,
      });

    it('imports a district’s own rows as submitted', async () => {
      const response = await importCsv(
        district,
        'indicator_id,region,year,value,source\nregular-exercise-share,dongsheng,2023,44.5,report\nstudent-myopia-rate,dongsheng,2023,57.1,report\n',
      );
      expect(response.status).toBe(200);
      expect(((await response.json()) as Json).created).toBe(2);
      const rows = await send(t.tokens.viewer, 'GET', '/api/v1/observations?region=dongsheng');
      expect(rows.body.items.map((row: Json) => row.approval)).toEqual(['submitted', 'submitted']);
    });

    it('refuses a district’s import with a row outside its scope, naming it, and writes nothing (dry run too)', async () => {
      const csv =
        'indicator_id,region,year,value,source\nregular-exercise-share,dongsheng,2023,44.5,report\nregular-exercise-share,kangbashi,2023,44.1,report\n';
      for (const query of ['', '?dryRun=true']) {
        const response = await importCsv(district, csv, query);
        expect(response.status).toBe(403);
        const problem = (await response.json()) as Json;
        expect(problem.errors).toHaveLength(1);
        expect(problem.errors[0].message).toContain('kangbashi');
        expect(problem.detail).toContain('scope: regions dongsheng');
      }
      const rows = await send(t.tokens.viewer, 'GET', '/api/v1/observations?region=dongsheng');
      expect(rows.body.items).toEqual([]);
    });

    it('shows a token’s scope on create, list and /me, and refuses unknown regions', async () => {
      const created = await send(t.tokens.admin, 'POST', '/api/v1/tokens', {
        name: 'kangbashi-bureau',
        role: 'editor',
        regions: ['kangbashi'],
      });
      expect(created.status).toBe(201);
      expect(created.body.scope).toEqual({ regions: ['kangbashi'] });
      const list = await send(t.tokens.admin, 'GET', '/api/v1/tokens');
      expect(
        list.body.items.find((token: Json) => token.name === 'kangbashi-bureau').scope,
      ).toEqual({ regions: ['kangbashi'] });
      expect(list.body.items.find((token: Json) => token.name === 'test-editor').scope).toBeNull();
      const me = await send(created.body.token, 'GET', '/api/v1/me');
      expect(me.body).toEqual({
        name: 'kangbashi-bureau',
        role: 'editor',
        scope: { regions: ['kangbashi'] },
      });
      const unknown = await send(t.tokens.admin, 'POST', '/api/v1/tokens', {
        name: 'nowhere',
        role: 'editor',
        regions: ['atlantis'],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0]).toMatchObject({ path: 'regions.0' });
    });

    it('lets the city set district targets with their source, and refuses a district', async () => {
      const path = '/api/v1/region-targets/regular-exercise-share/dongsheng';
      const target = {
        value: { kind: 'number', value: 46, decimals: 0, printed: '46' },
        source: '东胜区体育发展目标责任书',
      };
      const created = await send(city, 'PUT', path, target);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...target,
        region: 'dongsheng',
        createdBy: 'city-bureau',
      });
      const raised = { ...target, value: { ...target.value, value: 47, printed: '47' } };
      expect((await send(city, 'PUT', path, raised)).status).toBe(200);
      expect((await send(city, 'PUT', path, { value: target.value })).status).toBe(400);
      expect(
        (
          await send(city, 'PUT', path, {
            ...target,
            value: { kind: 'ratio', printed: '1:2', parts: [1, 2] },
          })
        ).status,
      ).toBe(400);
      expect((await send(district, 'PUT', path, target)).status).toBe(403);
      expect(
        (await send(city, 'PUT', '/api/v1/region-targets/regular-exercise-share/ordos', target))
          .status,
      ).toBe(400);
      const list = await send(t.tokens.viewer, 'GET', '/api/v1/region-targets?region=dongsheng');
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].value.value).toBe(47);
      expect((await send(city, 'DELETE', path)).status).toBe(204);
      expect((await send(city, 'DELETE', path)).status).toBe(404);
    });
    it('judges a district from its own baseline, against the city’s target or its own, and leaves city-only indicators unscored', async () => {
      await record(city, 'dongsheng', 2020, 40);
      await record(city, 'dongsheng', 2023, 43);
      await send(city, 'POST', '/api/v1/observations', {
        ...figure('dongsheng', 2023),
        indicatorId: 'student-myopia-rate',
        value: 57.1,
      });
      const path = '/api/v1/assessments?region=dongsheng&asOf=2023-12-31';
      const item = (body: Json, id: string) =>
        body.indicators.find((entry: Json) => entry.indicatorId === id);
      const before = await read(path);
      const exercise = item(before, 'regular-exercise-share');
      expect(exercise.regionJudging).toMatchObject({
        baseline: 'region',
        target: 'subject-target',
      });
      // The district's own 2020 value, never the city's 43.
      expect(exercise.quantities[0].result.components.baseValue).toBe(40);
      const myopia = item(before, 'student-myopia-rate');
      expect(myopia.regionJudging.baseline).toBe('missing');
      expect(myopia.missing).toBe(true);
      const cityOnly = item(before, 'quality-balanced-counties-share');
      expect(cityOnly.regionJudging.notJudgedReason).toBe('subject-only');
      expect(
        before.missing.some(
          (entry: Json) => entry.indicatorId === 'quality-balanced-counties-share',
        ),
      ).toBe(false);
      await send(city, 'PUT', '/api/v1/region-targets/regular-exercise-share/dongsheng', {
        value: { kind: 'number', value: 44, decimals: 0, printed: '44' },
        source: '东胜区体育发展目标责任书',
      });
      const after = item(await read(path), 'regular-exercise-share');
      expect(after.regionJudging).toMatchObject({
        target: 'region-target',
        targetSource: '东胜区体育发展目标责任书',
      });
      const one = await read(
        '/api/v1/indicators/regular-exercise-share/assessment?region=dongsheng&asOf=2023-12-31',
      );
      expect(one.methods['time-progress'].regionJudging.target).toBe('region-target');
      // The city itself is judged as before.
      const ordos = await read('/api/v1/assessments?asOf=2023-12-31');
      expect(item(ordos, 'regular-exercise-share').regionJudging).toBeUndefined();
    });
    it('compares the nine districts: matrix, ranking with its method, completeness; submitted figures only when asked', async () => {
      await record(city, 'dongsheng', 2020, 40);
      await record(city, 'dongsheng', 2023, 43);
      await record(district, 'dongsheng', 2022, 42);
      const path = '/api/v1/comparison?asOf=2023-12-31&method=time-progress';
      const comparison = await read(path);
      expect(comparison.regions.map((region: Json) => region.id)).toEqual([
        'dongsheng',
        'kangbashi',
        'dalad',
        'jungar',
        'otog-front',
        'otog',
        'hanggin',
        'uxin',
        'ejin-horo',
      ]);
      expect(comparison.regions[0].name.zh).toBe('东胜区');
      expect(comparison.matrix).toHaveLength(9);
      const cell = comparison.matrix[0].cells.find(
        (entry: Json) => entry.indicatorId === 'regular-exercise-share',
      );
      expect(cell).toMatchObject({ value: 43, target: expect.anything() });
      expect(comparison.ranking.method.zh).toEqual(expect.any(String));
      expect(comparison.ranking.rows).toHaveLength(9);
      expect(comparison.completeness.rows).toHaveLength(9);
      expect(comparison).toMatchObject({ includeSubmitted: false, usedSubmitted: false });
      expect(comparison.observationsUsed).toBe(2);
      const included = await read(`${path}&includeSubmitted=true`);
      expect(included).toMatchObject({
        includeSubmitted: true,
        usedSubmitted: true,
        observationsUsed: 3,
      });
      const inPlan = await t.app.request(
        '/api/v1/plans/ordos-education-sports-2021-2025/comparison?asOf=2023-12-31',
      );
      expect(inPlan.status).toBe(200);
    });
  });
}
