import { fixturePlanFile } from '@plan/plans/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
  const added = await t.app.request('/api/v1/plans', {
    method: 'POST',
    ...t.json('admin', fixturePlanFile),
  });
  expect(added.status).toBe(201);
});
afterEach(async () => t.close());

const PLAN = fixturePlanFile.id;
const importCsv = (path: string, csv: string) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...t.auth('editor') },
    body: csv,
  });
const count = async (path: string) => {
  const response = await t.app.request(`${path}?limit=500`, { headers: t.auth('viewer') });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items.length;
};

// The fixture plan is invented test data (@plan/plans/testing), never a real plan.
describe('importing observations into a plan other than the default', () => {
  it("checks rows against that plan and stores them there only, not in the default plan's record", async () => {
    const before = {
      fixture: await count(`/api/v1/plans/${PLAN}/observations`),
      ordos: await count('/api/v1/observations'),
    };
    const response = await importCsv(
      `/api/v1/plans/${PLAN}/observations/import`,
      'indicator_id,region,year,value,source\n' +
        'fixture-preschool-enrolment-rate,fixture-city,2027,94.2,bulletin\n' +
        'fixture-new-school-places,fixture-east-district,2027,1200,bulletin\n',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, created: 2 });
    expect(await count(`/api/v1/plans/${PLAN}/observations`)).toBe(before.fixture + 2);
    expect(await count('/api/v1/observations')).toBe(before.ordos);
  });

  it("refuses the default plan's indicators and regions in another plan, naming the row", async () => {
    const response = await importCsv(
      `/api/v1/plans/${PLAN}/observations/import?dryRun=true`,
      'indicator_id,region,year,value\nregular-exercise-share,ordos,2023,44.1\n',
    );
    expect(response.status).toBe(200);
    const report = (await response.json()) as { ok: boolean; problems: { row: number }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((problem) => problem.row === 2)).toBe(true);
  });

  it('answers 404 for an unknown plan before reading the file', async () => {
    const response = await importCsv(
      '/api/v1/plans/no-such-plan/observations/import',
      'indicator_id,year,value\nx,2023,1\n',
    );
    expect(response.status).toBe(404);
  });
});

describe("an observation's history", () => {
  it('is found under its own plan only', async () => {
    const created = await t.app.request(`/api/v1/plans/${PLAN}/observations`, {
      method: 'POST',
      ...t.json('editor', {
        indicatorId: 'fixture-new-school-places',
        region: 'fixture-city',
        year: 2027,
        value: 1500,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const history = (path: string) => t.app.request(path, { headers: t.auth('viewer') });
    expect((await history(`/api/v1/plans/${PLAN}/observations/${id}/history`)).status).toBe(200);
    expect((await history(`/api/v1/observations/${id}/history`)).status).toBe(404);
  });
});
