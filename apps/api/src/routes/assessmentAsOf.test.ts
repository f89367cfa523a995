import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../_test/testApp.js';

// The test clock is 2024-06-30 (fixedClock), inside the Ordos plan period 2021–2025.
let t: TestApp;
afterEach(async () => t.close());

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = any;
const get = async (path: string): Promise<{ body: Json; etag: string | null }> => {
  const response = await t.app.request(path);
  expect(response.status).toBe(200);
  return { body: await response.json(), etag: response.headers.get('etag') };
};
const record = (body: unknown) =>
  t.app.request('/api/v1/observations', { method: 'POST', ...t.json('editor', body) });

describe('the default as-of day of assessments', () => {
  it('judges as of the plan start when there is no data in the plan period, and says so', async () => {
    t = await testApp();
    const { body } = await get('/api/v1/assessments');
    expect(body.asOf).toBe('2021-01-01');
    expect(body.asOfRule).toBe('plan-start');
    expect(body.asOfExplanation.zh).toContain('规划期内尚无数据');
  });

  it('judges as of the latest date with data inside the plan period, on every assessment read', async () => {
    t = await testApp();
    expect(
      (
        await record({
          indicatorId: 'regular-exercise-share',
          year: 2023,
          value: 44.5,
          source: 'bulletin',
        })
      ).status,
    ).toBe(201);
    for (const path of [
      '/api/v1/assessments',
      '/api/v1/indicators/regular-exercise-share/assessment',
      '/api/v1/milestones',
    ]) {
      const { body } = await get(path);
      expect(body.asOf).toBe('2023-12-31');
      expect(body.asOfRule).toBe('latest-data');
      expect(body.asOfExplanation).toEqual({
        zh: '未指定评估日期：按规划期内最新数据日期2023年12月31日评估。',
        en: 'No as-of date given: judged as of 2023-12-31, the latest date with data inside the plan period.',
      });
    }
  });

  it('judges as of the plan end once the plan is over (final evaluation)', async () => {
    t = await testApp({ clock: () => new Date('2026-12-02T08:00:00Z') });
    const { body } = await get('/api/v1/assessments?method=open-sdg');
    expect(body.asOf).toBe('2025-12-31');
    expect(body.asOfRule).toBe('plan-end');
    expect(body.indicators[0].asOf).toBe('2025-12-31');
  });

  it('keeps a given asOf, says it was given, and tags the answers apart', async () => {
    t = await testApp();
    await record({
      indicatorId: 'regular-exercise-share',
      year: 2023,
      value: 44.5,
      source: 'bulletin',
    });
    const given = await get('/api/v1/assessments?asOf=2023-12-31');
    expect(given.body.asOfRule).toBe('given');
    expect(given.body.asOfExplanation).toBeNull();
    const chosen = await get('/api/v1/assessments');
    expect(chosen.body.asOf).toBe('2023-12-31');
    expect(chosen.etag).not.toBe(given.etag);
  });
});
