import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from './_test/testApp.js';
import { generateClientTypes } from './client/openApiTypes.js';
import { createPlanClient } from './client.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const clientFor = (token?: string) =>
  createPlanClient({
    baseUrl: 'http://plan.test',
    token,
    fetch: async (request: Request) => t.app.fetch(request),
  });

describe('createPlanClient', () => {
  it('reads and writes through typed paths', async () => {
    const api = clientFor(t.tokens.editor);
    const health = await api.GET('/api/v1/health');
    expect(health.response.status).toBe(200);
    const created = await api.POST('/api/v1/observations', {
      body: { indicatorId: 'student-myopia-rate', year: 2023, value: 57.1, source: 'survey' },
    });
    expect(created.data?.value).toBe(57.1);
    const listed = await api.GET('/api/v1/observations', {
      params: { query: { indicatorId: 'student-myopia-rate' } },
    });
    // The route also exports CSV and XLSX, so the type is a union until narrowed.
    const data = listed.data;
    if (typeof data !== 'object' || data === null) throw new Error('expected JSON');
    expect(data.items.map((item) => item.value)).toEqual([57.1]);
  });

  it('returns problem documents as typed errors', async () => {
    const api = clientFor();
    const refused = await api.POST('/api/v1/observations', {
      body: { indicatorId: 'student-myopia-rate', year: 2023, value: 57.1 },
    });
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('is generated from the current OpenAPI document (run `pnpm --filter @plan/api generate:client` after changing routes)', async () => {
    const committed = readFileSync(
      new URL('./client/schema.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await generateClientTypes());
  });
});
