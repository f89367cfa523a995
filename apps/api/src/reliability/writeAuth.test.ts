import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { openApiOperations } from './openApiOperations.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const fill = (path: string) =>
  path.replace('{id}', '00000000-0000-4000-8000-000000000000').replace('{number}', '1');

describe('every write route', () => {
  it('is documented as needing a token, and refuses missing, malformed, unknown, revoked and under-privileged tokens without changing anything', async () => {
    const writes = openApiOperations(t.app).filter(
      (operation) => operation.method !== 'GET' && operation.path !== '/api/v1/assess',
    );
    expect(writes.length).toBeGreaterThanOrEqual(7);
    const created = (await (
      await t.app.request('/api/v1/tokens', {
        method: 'POST',
        ...t.json('admin', { name: 'to revoke', role: 'admin' }),
      })
    ).json()) as { id: string; token: string };
    await t.app.request(`/api/v1/tokens/${created.id}`, {
      method: 'DELETE',
      headers: t.auth('admin'),
    });
    const versionBefore = await t.store.dataVersion();
    const tokensBefore = (await t.store.tokens.list()).length;

    for (const operation of writes) {
      expect(
        operation.secured,
        `${operation.method} ${operation.path} documents its security`,
      ).toBe(true);
      const send = (authorization?: string) =>
        t.app.request(fill(operation.path), {
          method: operation.method,
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          ...(operation.hasJsonBody
            ? {
                body: JSON.stringify({
                  indicatorId: 'student-myopia-rate',
                  year: 2023,
                  value: 57,
                  name: 'x',
                  role: 'admin',
                }),
              }
            : {}),
        });
      const label = `${operation.method} ${operation.path}`;
      expect((await send()).status, `${label} without a token`).toBe(401);
      expect((await send('Bearer')).status, `${label} with a malformed header`).toBe(401);
      expect((await send('Basic dXNlcjpwYXNz')).status, `${label} with another scheme`).toBe(401);
      expect(
        (await send('Bearer plan_unknown-token-0000000000000')).status,
        `${label} with an unknown token`,
      ).toBe(401);
      expect((await send(`Bearer ${created.token}`)).status, `${label} with a revoked token`).toBe(
        401,
      );
      const viewer = await send(`Bearer ${t.tokens.viewer}`);
      expect(viewer.status, `${label} with a viewer token`).toBe(403);
    }
    expect(await t.store.dataVersion()).toBe(versionBefore);
    expect((await t.store.tokens.list()).length).toBe(tokensBefore);
    expect(JSON.stringify(t.logs)).not.toContain(created.token);
    expect(JSON.stringify(t.logs)).not.toContain(t.tokens.viewer);
  });
});
