import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './_test/spawnServer.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const admin = 'server-test-admin-token-0123';
const env = {
  DATABASE_URL: `sqlite:${join(dir, 'plan.sqlite')}`,
  PLAN_ADMIN_TOKEN: admin,
  PLAN_DEMO_DATA: '1',
};

describe('the server process', () => {
  it('starts on an empty database, seeds it once, serves HTTP, and stops cleanly on SIGTERM', async () => {
    const server = await spawnServer(env);
    try {
      expect(await (await fetch(`${server.url}/api/v1/health`)).json()).toEqual({ status: 'ok' });
      const official = (await (
        await fetch(`${server.url}/api/v1/observations?source=plan`)
      ).json()) as { items: { year: number }[] };
      // 61 Ordos baselines less the absent ones, plus the Inner Mongolia 2020 values the tables print.
      expect(official.items.length).toBeGreaterThan(60);
      expect(new Set(official.items.map((item) => item.year))).toEqual(new Set([2020]));
      const demo = (await (
        await fetch(`${server.url}/api/v1/observations?source=demo&includeIllustrative=true`)
      ).json()) as { items: { illustrative: boolean; note: string }[] };
      expect(demo.items.length).toBeGreaterThan(0);
      expect(demo.items.every((item) => item.illustrative && item.note.includes('示例数据'))).toBe(
        true,
      );
      const created = await fetch(`${server.url}/api/v1/observations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({
          indicatorId: 'student-myopia-rate',
          year: 2024,
          value: 56.8,
          source: 'survey',
        }),
      });
      expect(created.status).toBe(201);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.output()).not.toContain(admin);

    const again = await spawnServer(env);
    try {
      const kept = (await (
        await fetch(
          `${again.url}/api/v1/observations?indicatorId=student-myopia-rate&source=survey`,
        )
      ).json()) as { items: { value: number }[] };
      expect(kept.items.map((item) => item.value)).toEqual([56.8]);
      const plan = (await (await fetch(`${again.url}/api/v1/observations?source=plan`)).json()) as {
        items: unknown[];
      };
      expect(plan.items.length).toBeGreaterThan(60);
      const seededTwice = (await (
        await fetch(`${again.url}/api/v1/observations?source=plan&indicatorId=student-myopia-rate`)
      ).json()) as { items: unknown[] };
      expect(seededTwice.items).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it('refuses to start with a configuration it cannot use, saying what is wrong', async () => {
    await expect(spawnServer({ ...env, PORT: 'not-a-port' })).rejects.toThrow(/PORT/);
    await expect(spawnServer({ ...env, DATABASE_URL: 'mysql://nope' })).rejects.toThrow(
      /DATABASE_URL/,
    );
  });
});
