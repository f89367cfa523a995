import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../_test/testApp.js';

describe('sources shown by name in the observation list', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('names each source of the page in both languages beside its code', async () => {
    const recorded = await t.app.request('/api/v1/observations', {
      method: 'POST',
      ...t.json('editor', {
        indicatorId: 'student-myopia-rate',
        year: 2023,
        value: 50,
        source: '市统计局',
      }),
    });
    expect(recorded.status).toBe(201);
    const page = (await (
      await t.app.request('/api/v1/observations?indicatorId=student-myopia-rate&limit=500')
    ).json()) as {
      items: { source: string }[];
      sourceLabels: Record<string, { zh: string; en: string }>;
    };
    const sources = new Set(page.items.map((item) => item.source));
    expect(Object.keys(page.sourceLabels).sort()).toEqual([...sources].sort());
    expect(page.sourceLabels['市统计局']).toEqual({ zh: '市统计局', en: '市统计局' });
    for (const [source, label] of Object.entries(page.sourceLabels))
      if (source === 'demo') expect(label).toEqual({ zh: '示例数据', en: 'Demo data' });
  });
});
