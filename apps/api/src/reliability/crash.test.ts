import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { syntheticObservationsCsv } from '../../bench/_lib/syntheticRows.js';
import { spawnServer } from '../_test/spawnServer.js';

const ADMIN = 'crash-test-admin-token-0123456';
const ROWS = 150_000;
const dir = mkdtempSync(join(tmpdir(), 'plan-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Listed = { items: { id: string }[] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function everything(url: string) {
  const response = await fetch(`${url}/api/v1/observations?includeIllustrative=true`);
  return ((await response.json()) as Listed).items;
}

/**
 * Starts an import of ROWS rows, kills the server with SIGKILL once the import's
 * transaction is writing (as `writing()` tells), restarts it on the same
 * database and checks that the import is entirely there or entirely absent and
 * that nothing else changed.
 */
async function killMidImport(databaseUrl: string, writing: () => Promise<boolean>) {
  const env = {
    DATABASE_URL: databaseUrl,
    PLAN_ADMIN_TOKEN: ADMIN,
    PLAN_BODY_LIMIT: String(200 * 1024 * 1024),
    PLAN_LOG: 'silent',
    PLAN_DEMO_DATA: '1',
  };
  const first = await spawnServer(env);
  const before = await everything(first.url);
  expect(before.length).toBeGreaterThan(1000);
  const csv = syntheticObservationsCsv(ROWS);
  const request = fetch(`${first.url}/api/v1/observations/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${ADMIN}` },
    body: csv,
  }).catch(() => undefined);
  const deadline = Date.now() + 60_000;
  let sawWriting = false;
  while (Date.now() < deadline) {
    if (await writing()) {
      sawWriting = true;
      break;
    }
    await sleep(20);
  }
  await first.stop('SIGKILL');
  await request;
  expect(sawWriting, 'the import was killed while its transaction was writing').toBe(true);

  const second = await spawnServer(env);
  try {
    const after = await everything(second.url);
    const beforeIds = new Set(before.map((item) => item.id));
    const kept = after.filter((item) => beforeIds.has(item.id));
    // Nothing that was there before changed...
    expect(JSON.stringify(kept)).toBe(JSON.stringify(before));
    // ...and the import is all there or not there at all.
    expect([before.length, before.length + ROWS]).toContain(after.length);
    return after.length === before.length ? 'absent' : 'complete';
  } finally {
    await second.stop();
  }
}

describe('kill -9 in the middle of a large import', () => {
  it('on SQLite: the database opens, the import is entirely there or absent, nothing else changed', async () => {
    const file = join(dir, 'crash.sqlite');
    const wal = `${file}-wal`;
    let walBefore = -1;
    const outcome = await killMidImport(`sqlite:${file}`, async () => {
      const size = existsSync(wal) ? statSync(wal).size : 0;
      if (walBefore < 0) walBefore = size;
      // The import's pages go to the write-ahead log before commit.
      return size > walBefore + 4 * 1024 * 1024;
    });
    expect(outcome).toBe('absent');
  }, 180_000);

  const postgresUrl = inject('postgresUrl');
  it.skipIf(!postgresUrl)(
    `on PostgreSQL: the same${postgresUrl ? '' : ` (${inject('postgresSkipReason')})`}`,
    async () => {
      const name = `plan_crash_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const outcome = await killMidImport(
          postgresUrl?.replace(/\/[^/]*$/, `/${name}`) ?? '',
          async () => {
            const result = await admin.query(
              `select count(*)::int as writing from pg_stat_activity where datname = $1 and backend_xid is not null and query ilike 'insert into "observations"%'`,
              [name],
            );
            return (result.rows[0] as { writing: number }).writing > 0;
          },
        );
        expect(outcome).toBe('absent');
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    180_000,
  );
});
