import { ordosPlan } from '@plan/indicators';
import { ordosPlanFile, parsePlan, safeParsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { writePlanWorkbook } from '@plan/plans/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = any;
const FIXTURE = fixturePlanFile.id;
const getJson = async (path: string): Promise<{ status: number; body: Json }> => {
  const response = await t.app.request(path);
  return { status: response.status, body: await response.json() };
};
const postPlan = (body: unknown, query = '', role: 'admin' | 'editor' = 'admin') =>
  t.app.request(`/api/v1/plans${query}`, { method: 'POST', ...t.json(role, body) });
const record = (path: string, body: unknown) =>
  t.app.request(path, { method: 'POST', ...t.json('editor', body) });
const listedIds = async () =>
  (await getJson('/api/v1/plans')).body.items.map((item: Json) => item.id);

describe('GET /api/v1/plans', () => {
  it('lists the built-in Ordos plan as the default', async () => {
    const { status, body } = await getJson('/api/v1/plans');
    expect(status).toBe(200);
    expect(body.items).toEqual([
      expect.objectContaining({ id: ordosPlan.id, builtIn: true, default: true, addedAt: null }),
    ]);
  });
});

describe('GET /api/v1/plans/{planId}', () => {
  it('gives the Ordos plan as its plan file, which parsePlan reads', async () => {
    const response = await t.app.request(`/api/v1/plans/${ordosPlan.id}`);
    expect(response.headers.get('etag')).toBeTruthy();
    const file = await response.json();
    expect(file).toEqual(JSON.parse(JSON.stringify(ordosPlanFile)));
    expect(safeParsePlan(file).success).toBe(true);
  });

  it('answers 404 naming an unknown plan, there and under it', async () => {
    for (const path of ['/api/v1/plans/no-such-plan', '/api/v1/plans/no-such-plan/indicators']) {
      const { status, body } = await getJson(path);
      expect(status, path).toBe(404);
      expect(body.detail, path).toContain('"no-such-plan"');
    }
  });
});

describe('POST /api/v1/plans', () => {
  it('adds a plan (201, Location), lists it, and gives its file back as it was read', async () => {
    const response = await postPlan(fixturePlanFile);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: FIXTURE, dryRun: false });
    expect(response.headers.get('location')).toBe(`/api/v1/plans/${FIXTURE}`);
    expect(await listedIds()).toEqual([ordosPlan.id, FIXTURE]);
    const { status, body } = await getJson(`/api/v1/plans/${FIXTURE}`);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(parsePlan(fixturePlanFile).file)));
    // The round trip: what GET gives, POST and parsePlan take as it is.
    expect(parsePlan(body).file).toEqual(parsePlan(fixturePlanFile).file);
  });

  it('refuses an id already taken with 409, a built-in plan’s too', async () => {
    expect((await postPlan(fixturePlanFile)).status).toBe(201);
    expect((await postPlan(fixturePlanFile)).status).toBe(409);
    expect((await postPlan(ordosPlanFile)).status).toBe(409);
  });

  it('checks a dry run fully and writes nothing', async () => {
    const version = await t.store.dataVersion();
    const response = await postPlan(fixturePlanFile, '?dryRun=true');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: FIXTURE, dryRun: true });
    expect(await listedIds()).toEqual([ordosPlan.id]);
    expect(await t.store.dataVersion()).toBe(version);
    expect((await postPlan(ordosPlanFile, '?dryRun=true')).status).toBe(409);
  });

  it('refuses an invalid plan with 400 listing every problem with its path, dry run or not', async () => {
    const { title: _title, ...untitled } = fixturePlanFile;
    const broken = { ...untitled, period: { start: 2026, end: 'later' } };
    for (const query of ['', '?dryRun=true']) {
      const response = await postPlan(broken, query);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      const paths = ((await response.json()) as Json).errors.map((error: Json) => error.path);
      expect(paths).toEqual(expect.arrayContaining(['title', 'period.end']));
    }
    expect(await listedIds()).toEqual([ordosPlan.id]);
  });

  it('reads a plan workbook (XLSX) too, and names the sheet of each problem', async () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const send = (body: Uint8Array) =>
      t.app.request('/api/v1/plans', {
        method: 'POST',
        headers: { 'content-type': xlsx, ...t.auth('admin') },
        body,
      });
    const added = await send(await writePlanWorkbook(fixturePlanFile));
    expect(added.status).toBe(201);
    const { body } = await getJson(`/api/v1/plans/${FIXTURE}`);
    expect(parsePlan(body).file).toEqual(parsePlan(fixturePlanFile).file);
    const refused = await send(new TextEncoder().encode('not a workbook'));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).errors[0].message).toMatch(/^sheet /);
  });

  it('is an admin act: an editor gets 403, no token 401', async () => {
    expect((await postPlan(fixturePlanFile, '', 'editor')).status).toBe(403);
    const anonymous = await t.app.request('/api/v1/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixturePlanFile),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('a second plan’s resources under /api/v1/plans/{planId}', () => {
  beforeEach(async () => {
    expect((await postPlan(fixturePlanFile)).status).toBe(201);
  });

  it('serves its own indicators, regions, projects and targets', async () => {
    const indicators = await getJson(`/api/v1/plans/${FIXTURE}/indicators`);
    expect(indicators.body.items.map((item: Json) => item.id)).toEqual(
      parsePlan(fixturePlanFile).plan.indicators.map((indicator) => indicator.id),
    );
    const regions = await getJson(`/api/v1/plans/${FIXTURE}/regions`);
    expect(regions.body.items.map((item: Json) => item.id)).toContain('fixture-city');
    const projects = await getJson(`/api/v1/plans/${FIXTURE}/projects`);
    expect(projects.body.items).toHaveLength(
      parsePlan(fixturePlanFile).catalogue?.projects.length ?? -1,
    );
    expect((await getJson(`/api/v1/plans/${FIXTURE}/targets`)).status).toBe(200);
    expect((await getJson(`/api/v1/plans/${FIXTURE}/indicators?table=sports`)).status).toBe(400);
  });

  it('keeps its observations apart from the Ordos plan’s, both ways', async () => {
    const mine = await record(`/api/v1/plans/${FIXTURE}/observations`, {
      indicatorId: 'fixture-preschool-enrolment-rate',
      year: 2027,
      value: 91.5,
      source: 'bulletin',
    });
    expect(mine.status).toBe(201);
    const { id } = (await mine.json()) as Json;
    expect(mine.headers.get('location')).toBe(`/api/v1/plans/${FIXTURE}/observations/${id}`);
    const ordos = await record('/api/v1/observations', {
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'bulletin',
    });
    expect(ordos.status).toBe(201);
    const ordosId = ((await ordos.json()) as Json).id;
    const sources = async (path: string) =>
      (await getJson(path)).body.items
        .filter((item: Json) => item.source === 'bulletin')
        .map((item: Json) => item.id);
    expect(await sources(`/api/v1/plans/${FIXTURE}/observations`)).toEqual([id]);
    expect(await sources('/api/v1/observations')).toEqual([ordosId]);
    expect(await sources(`/api/v1/plans/${ordosPlan.id}/observations`)).toEqual([ordosId]);
    expect((await getJson(`/api/v1/observations/${id}`)).status).toBe(404);
    expect((await getJson(`/api/v1/plans/${FIXTURE}/observations/${ordosId}`)).status).toBe(404);
    // An indicator of one plan is not one of the other's.
    const stray = await record(`/api/v1/plans/${FIXTURE}/observations`, {
      indicatorId: 'regular-exercise-share',
      year: 2027,
      value: 44.5,
      source: 'bulletin',
    });
    expect(stray.status).toBe(400);
  });

  it('assesses it by its own indicators, region and baselines', async () => {
    const { status, body } = await getJson(
      `/api/v1/plans/${FIXTURE}/assessments?asOf=2027-12-31&method=time-progress`,
    );
    expect(status).toBe(200);
    expect(body.indicators.map((item: Json) => item.indicatorId).sort()).toEqual(
      parsePlan(fixturePlanFile)
        .plan.indicators.map((indicator) => indicator.id)
        .sort(),
    );
    expect(body.regions).toEqual(['fixture-city']);
    const one = await getJson(
      `/api/v1/plans/${FIXTURE}/indicators/fixture-new-school-places/assessment?asOf=2027-12-31`,
    );
    expect(one.status).toBe(200);
    const milestones = await getJson(`/api/v1/plans/${FIXTURE}/milestones?asOf=2027-12-31`);
    expect(milestones.status).toBe(200);
    expect(milestones.body.region).toBe('fixture-city');
    expect((await getJson(`/api/v1/plans/${FIXTURE}/assessments?region=dongsheng`)).status).toBe(
      400,
    );
  });

  it('serves its consistency report: checked against itself and its tables, cells cited by table', async () => {
    const report = await getJson(`/api/v1/plans/${FIXTURE}/consistency`);
    expect(report.status).toBe(200);
    const findings = report.body.findings as {
      indicatorIds: string[];
      readings: { basis: string; location?: { line?: number; table?: string } }[];
    }[];
    const preschool = findings.find((finding) =>
      finding.indicatorIds.includes('fixture-preschool-enrolment-rate'),
    );
    expect(preschool?.readings.some((reading) => reading.location?.line === undefined)).toBe(true);
  });
});

describe('the paths without /plans/{planId}', () => {
  it('are aliases of the default plan’s', async () => {
    for (const path of [
      '/indicators',
      '/regions',
      '/plan',
      '/projects',
      '/targets',
      '/consistency',
    ]) {
      const alias = await t.app.request(`/api/v1${path}`);
      const scoped = await t.app.request(`/api/v1/plans/${ordosPlan.id}${path}`);
      expect(scoped.status, path).toBe(200);
      expect(await scoped.text(), path).toBe(await alias.text());
    }
  });
});
