import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = any;
const getJson = async (path: string): Promise<{ status: number; body: Json; headers: Headers }> => {
  const response = await t.app.request(path);
  return { status: response.status, body: await response.json(), headers: response.headers };
};
const record = (body: unknown) =>
  t.app.request('/api/v1/observations', { method: 'POST', ...t.json('editor', body) });

describe('GET /api/v1/assessments', () => {
  it('assesses every indicator with its calculation components, and rolls them up', async () => {
    await record({
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'bulletin',
    });
    const { status, body } = await getJson(
      '/api/v1/assessments?asOf=2023-12-31&method=time-progress',
    );
    expect(status).toBe(200);
    expect(body.indicators).toHaveLength(61);
    const exercise = body.indicators.find(
      (item: Json) => item.indicatorId === 'regular-exercise-share',
    );
    // 43 (2020, the plan) → 44.5 (2023) towards 45: completion 75% against time progress ≈60%.
    expect(exercise).toMatchObject({
      status: 'ahead',
      label: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(exercise.quantities[0].result.components).toMatchObject({
      baseValue: 43,
      latestValue: 44.5,
      targetValue: 45,
      completionProgress: 0.75,
    });
    expect(body.rollUps.plan[0].counts).toBeDefined();
    expect(body.illustrative).toBe(false);
  });

  it('reports missing data as missing, never as a score of zero', async () => {
    const { body } = await getJson('/api/v1/assessments?asOf=2023-12-31');
    expect(body.indicators.every((item: Json) => item.missing && item.status === 'no_data')).toBe(
      true,
    );
    expect(body.missing).toHaveLength(61);
  });

  it('uses illustrative figures only when asked, and says so', async () => {
    await record({
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'demo',
    });
    const official = (await getJson('/api/v1/assessments?asOf=2023-12-31')).body;
    expect(official.illustrative).toBe(false);
    expect(
      official.indicators.find((item: Json) => item.indicatorId === 'regular-exercise-share')
        .status,
    ).toBe('no_data');
    const withDemo = (await getJson('/api/v1/assessments?asOf=2023-12-31&includeIllustrative=true'))
      .body;
    expect(withDemo.illustrative).toBe(true);
    expect(
      withDemo.indicators.find((item: Json) => item.indicatorId === 'regular-exercise-share')
        .status,
    ).toBe('ahead');
  });

  it.each(['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'])(
    'answers for the %s method',
    async (method) => {
      // Four yearly points with the plan's 2020 value: the weather method needs at least four.
      for (const [year, value] of [
        [2021, 57.8],
        [2022, 57.5],
        [2023, 57],
      ]) {
        await record({ indicatorId: 'student-myopia-rate', year, value, source: 'survey' });
      }
      const { status, body } = await getJson(
        `/api/v1/assessments?asOf=2024-06-30&method=${method}`,
      );
      expect(status).toBe(200);
      expect(body.method).toBe(method);
      expect(
        body.indicators.find((item: Json) => item.indicatorId === 'student-myopia-rate').missing,
      ).toBe(false);
    },
  );

  it('refuses an unknown method, a malformed date and an unknown region with 400', async () => {
    for (const query of ['method=guess', 'asOf=31-12-2023', 'region=atlantis']) {
      const { status, body } = await getJson(`/api/v1/assessments?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors.length, query).toBeGreaterThan(0);
    }
  });

  it('is cached until the next write: a matching ETag gets 304, a write changes the answer', async () => {
    const first = await t.app.request('/api/v1/assessments?asOf=2023-12-31');
    const etag = first.headers.get('etag') ?? '';
    expect(
      (
        await t.app.request('/api/v1/assessments?asOf=2023-12-31', {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304);
    await record({
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'bulletin',
    });
    const after = await t.app.request('/api/v1/assessments?asOf=2023-12-31', {
      headers: { 'if-none-match': etag },
    });
    expect(after.status).toBe(200);
  });

  it('assesses a district with the city’s targets', async () => {
    await record({
      indicatorId: 'regular-exercise-share',
      region: 'dongsheng',
      year: 2021,
      value: 40,
    });
    await record({
      indicatorId: 'regular-exercise-share',
      region: 'dongsheng',
      year: 2023,
      value: 41,
    });
    const { body } = await getJson('/api/v1/assessments?asOf=2023-12-31&region=dongsheng');
    expect(body.regions).toEqual(['dongsheng']);
    const exercise = body.indicators.find(
      (item: Json) => item.indicatorId === 'regular-exercise-share',
    );
    expect(exercise.quantities[0].target.from).toBe('subject');
  });

  it('exports the assessment as CSV, saying whether illustrative data was used', async () => {
    await record({
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'bulletin',
    });
    const csv = await (
      await t.app.request('/api/v1/assessments?asOf=2023-12-31&format=csv', {
        headers: t.auth('viewer'),
      })
    ).text();
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(62);
    expect(lines[0]).toContain('completion_progress');
    expect(lines.find((line) => line.startsWith('regular-exercise-share'))).toContain('ahead');
  });
});

describe('GET /api/v1/indicators/{id}/assessment', () => {
  it('judges one indicator by all five methods side by side, with its observations and targets', async () => {
    await record({ indicatorId: 'inclusive-kindergarten-coverage', year: 2022, value: 88 });
    const { body } = await getJson(
      '/api/v1/indicators/inclusive-kindergarten-coverage/assessment?asOf=2023-06-30',
    );
    expect(Object.keys(body.methods).sort()).toEqual([
      'open-sdg',
      'sdsn',
      'time-progress',
      'unsd-2023',
      'weather',
    ]);
    expect(body.observations.map((item: Json) => item.value)).toEqual([88]);
    expect(body.targets.length).toBeGreaterThan(0);
    expect((await getJson('/api/v1/indicators/nope/assessment')).status).toBe(404);
  });
});

describe('GET /api/v1/milestones', () => {
  it('gives every quantified target of the text a status as of the date', async () => {
    const { body } = await getJson('/api/v1/milestones?asOf=2023-12-31');
    expect(body.items.length).toBeGreaterThan(100);
    const statuses = new Set(body.items.map((item: Json) => item.assessment.status));
    for (const status of statuses)
      expect(['met', 'on_track', 'due_soon', 'overdue', 'no_data']).toContain(status);
  });
});

describe('POST /api/v1/assess', () => {
  const assess = (body: unknown) =>
    t.app.request('/api/v1/assess', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.auth('viewer') },
      body: JSON.stringify(body),
    });

  it('is the stateless assess of @plan/scoring', async () => {
    const response = await assess({
      method: 'unsd-2023',
      direction: 'increase',
      series: [
        { year: 2020, value: 43 },
        { year: 2023, value: 44.5 },
      ],
      target: { year: 2025, value: 45 },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.status).toBeTruthy();
    expect([1, 2, 3]).toContain(body.score);
  });

  it('refuses bad input with a problem naming each field', async () => {
    const response = await assess({ method: 'time-progress', direction: 'up', series: [] });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as Json;
    const paths = body.errors.map((error: Json) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['direction', 'series']));
  });
});
