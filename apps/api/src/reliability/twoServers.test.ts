import { fixturePlanFile } from '@plan/plans/testing';
import {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '@plan/store/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticObservationsCsv } from '../../bench/_lib/syntheticRows.js';
import { type RunningServer, spawnServer } from '../_test/spawnServer.js';

// Two real server processes (`pnpm start`'s src/server.ts) on one PostgreSQL of this file's own,
// which one test restarts. The tests run in order and build on each other's state.

const ADMIN = 'two-servers-admin-token-Qw7zK2pLm9';
const WRITES_PER_MINUTE = 50;
const SIGN_IN_FAILURES = 6;
const INDICATOR = 'regular-exercise-share';
const IMPORT_ROWS = 50_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Json = Record<string, unknown>;

/** A request that must be answered within 15 s: a hang fails the test rather than stalling it. */
function send(url: string, init: RequestInit = {}) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
}

const asAdmin = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const figure = (date: string, value: number) => ({
  indicatorId: INDICATOR,
  date,
  value,
  source: 'statistics-bureau',
});

const bin = postgresBinaries();

describe.skipIf(bin === undefined)(
  `two server processes on one PostgreSQL${bin ? '' : ' (skipped: no PostgreSQL server binaries, initdb and pg_ctl)'}`,
  () => {
    let postgres: ThrowawayPostgres;
    let db: pg.Pool;
    let first: RunningServer;
    let second: RunningServer;
    const env = () => ({
      DATABASE_URL: postgres.url,
      PLAN_ADMIN_TOKEN: ADMIN,
      PLAN_LOG: 'silent',
      PLAN_DEMO_DATA: '1',
      PLAN_BODY_LIMIT: String(100 * 1024 * 1024),
      PLAN_WRITE_RATE_PER_MINUTE: String(WRITES_PER_MINUTE),
      PLAN_SIGN_IN_FAILURES_PER_MINUTE: String(SIGN_IN_FAILURES),
      // The tests play several clients from one machine, each named by X-Forwarded-For.
      PLAN_TRUSTED_PROXIES: '127.0.0.1',
    });
    const count = async (query: string, values: unknown[] = []) =>
      ((await db.query(query, values)).rows[0] as { n: number }).n;
    const dataVersion = () =>
      count(`select value::int as n from store_meta where key = 'data_version'`);

    beforeAll(async () => {
      // A cluster of this file's own: the restart below must not cut the one other files share.
      const started = await startThrowawayPostgres();
      if (started.url === undefined) throw new Error(started.reason);
      postgres = started;
      // Both at once on an empty database: one migrates and seeds, the other waits and serves.
      // Generous: in a full parallel test run, tsx compiling two servers at once can take a minute.
      const start = { startTimeoutMs: 150_000 };
      [first, second] = await Promise.all([spawnServer(env(), start), spawnServer(env(), start)]);
      // A pool: it replaces the connections the restart below cuts (and says so on 'error').
      db = new pg.Pool({ connectionString: postgres.url, max: 2 });
      db.on('error', () => {});
    }, 240_000);

    afterAll(async () => {
      await db?.end();
      await Promise.all([first?.stop(), second?.stop()]);
      postgres?.stop();
    });

    it('start together on an empty database: the migrations run once, the data is seeded once, both serve', async () => {
      const seededBy = [first, second].map((server) => {
        const line = server
          .output()
          .split('\n')
          .find((candidate) => candidate.includes('"message":"listening"'));
        return (
          JSON.parse(line ?? '{}') as {
            seeded: { seeded: boolean; baselines: number; demo: number };
          }
        ).seeded;
      });
      expect(seededBy.filter((seeded) => seeded.seeded)).toHaveLength(1);
      const seeded = seededBy.find((candidate) => candidate.seeded);
      expect(await count('select count(*)::int as n from observations')).toBe(
        (seeded?.baselines ?? 0) + (seeded?.demo ?? 0),
      );
      const migrations = await db.query('select name from kysely_migration order by name');
      expect(new Set(migrations.rows.map((row) => row.name)).size).toBe(migrations.rowCount);
      expect(migrations.rows.map((row) => row.name)).toContain('0008_shared_limits');
      for (const server of [first, second])
        expect((await send(`${server.url}/api/v1/units`)).status).toBe(200);
    });

    it('a write through one is read through the other at once, with a new ETag', async () => {
      const list = `${second.url}/api/v1/observations?indicatorId=${INDICATOR}&from=2024-03-01&to=2024-03-01`;
      const before = await send(list);
      const listTag = before.headers.get('etag') ?? '';
      expect(((await before.json()) as { items: unknown[] }).items).toHaveLength(0);
      const assessment = `${second.url}/api/v1/assessments?asOf=2024-12-31`;
      const assessedBefore = await send(assessment);
      expect(assessedBefore.status).toBe(200);

      const written = await send(
        `${first.url}/api/v1/observations`,
        asAdmin(figure('2024-03-01', 47.5)),
      );
      expect(written.status).toBe(201);

      const after = await send(list, { headers: { 'if-none-match': listTag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(listTag);
      const items = ((await after.json()) as { items: { value: unknown }[] }).items;
      expect(items.map((item) => item.value)).toEqual([47.5]);
      // The assessment cache of the second process is keyed on the data version in the database.
      const assessedAfter = await send(assessment, {
        headers: { 'if-none-match': assessedBefore.headers.get('etag') ?? '' },
      });
      expect(assessedAfter.status).toBe(200);
      expect(assessedAfter.headers.get('etag')).not.toBe(assessedBefore.headers.get('etag'));
      expect(((await assessedAfter.json()) as { dataVersion: number }).dataVersion).toBe(
        await dataVersion(),
      );
    });

    it('a plan added through one is served by the other at once', async () => {
      const path = `/api/v1/plans/${fixturePlanFile.id}`;
      expect((await send(`${second.url}${path}`)).status).toBe(404);
      const listed = await send(`${second.url}/api/v1/plans`);
      const added = await send(`${first.url}/api/v1/plans`, asAdmin(fixturePlanFile));
      expect(added.status).toBe(201);
      expect((await send(`${second.url}${path}`)).status).toBe(200);
      const relisted = await send(`${second.url}/api/v1/plans`, {
        headers: { 'if-none-match': listed.headers.get('etag') ?? '' },
      });
      expect(relisted.status).toBe(200);
      const ids = ((await relisted.json()) as { items: { id: string }[] }).items.map(
        (item) => item.id,
      );
      expect(ids).toContain(fixturePlanFile.id);
      expect((await send(`${second.url}${path}/indicators`)).status).toBe(200);
    });

    it('concurrent writers through both lose nothing', async () => {
      const version = await dataVersion();
      const dates = (month: string) =>
        Array.from({ length: 15 }, (_, day) => `2023-${month}-${String(day + 1).padStart(2, '0')}`);
      const answers = await Promise.all([
        ...dates('01').map((date, index) =>
          send(`${first.url}/api/v1/observations`, asAdmin(figure(date, 40 + index))),
        ),
        ...dates('02').map((date, index) =>
          send(`${second.url}/api/v1/observations`, asAdmin(figure(date, 60 + index))),
        ),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(201));
      expect(
        await count(
          `select count(*)::int as n from observations where indicator_id = $1 and period_date between '2023-01-01' and '2023-02-28' and source = 'statistics-bureau'`,
          [INDICATOR],
        ),
      ).toBe(30);
      expect(await dataVersion()).toBe(version + 30);
    });

    it('write limits and failed-sign-in limits are counted across both processes', async () => {
      // Fixed windows on the minute: start early in one so the counts are not cut by a new one.
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 20_000) await sleep(left + 100);
      const writer = { 'x-forwarded-for': '198.51.100.7', 'content-type': 'application/json' };
      const statuses: number[] = [];
      for (let index = 0; index <= WRITES_PER_MINUTE; index++) {
        const server = index % 2 === 0 ? first : second;
        const answer = await send(`${server.url}/api/v1/observations`, {
          method: 'POST',
          headers: writer,
          body: '{}',
        });
        statuses.push(answer.status);
        if (answer.status === 429)
          expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // Each process let through half: without shared counts neither would have refused yet.
      expect(statuses.slice(0, WRITES_PER_MINUTE)).toEqual(Array(WRITES_PER_MINUTE).fill(401));
      expect(statuses.at(-1)).toBe(429);

      const guesser = {
        'x-forwarded-for': '198.51.100.8',
        authorization: `Bearer ${'g'.repeat(24)}`,
      };
      const guesses: number[] = [];
      for (let index = 0; index <= SIGN_IN_FAILURES; index++) {
        const server = index % 2 === 0 ? second : first;
        guesses.push((await send(`${server.url}/api/v1/units`, { headers: guesser })).status);
      }
      expect(guesses).toEqual([...Array(SIGN_IN_FAILURES).fill(401), 429]);
      // Another client is not affected.
      const other = { 'x-forwarded-for': '198.51.100.9', authorization: `Bearer ${ADMIN}` };
      expect((await send(`${first.url}/api/v1/units`, { headers: other })).status).toBe(200);
    });

    it('PostgreSQL restarted mid-traffic: 503 problems with Retry-After, never a crash or a hang; then 200 again by itself', async () => {
      const reads = [first, second].map(
        (server) => `${server.url}/api/v1/observations?indicatorId=${INDICATOR}&from=2023-01-01`,
      );
      const seen: { status: number; retryAfter: string | null; type: string | null }[] = [];
      let traffic = true;
      const load = (async () => {
        while (traffic) {
          for (const url of reads) {
            const answer = await send(url);
            seen.push({
              status: answer.status,
              retryAfter: answer.headers.get('retry-after'),
              type: answer.headers.get('content-type'),
            });
            await answer.arrayBuffer();
          }
        }
      })();
      await sleep(300);
      postgres.halt();
      const down: number[] = [];
      const stoppedAt = Date.now();
      while (Date.now() - stoppedAt < 1500) {
        for (const server of [first, second]) {
          const read = await send(reads[server === first ? 0 : 1] ?? '');
          const write = await send(
            `${server.url}/api/v1/observations`,
            asAdmin(figure('2023-03-01', 50)),
          );
          for (const answer of [read, write]) {
            down.push(answer.status);
            expect(answer.headers.get('retry-after')).toBe('5');
            expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
          }
        }
      }
      expect(new Set(down)).toEqual(new Set([503]));
      postgres.resume();
      const backBy = Date.now() + 30_000;
      const back = new Set<RunningServer>();
      while (back.size < 2 && Date.now() < backBy) {
        for (const [index, url] of reads.entries())
          if ((await send(url)).status === 200) back.add(index === 0 ? first : second);
        await sleep(100);
      }
      traffic = false;
      await load;
      expect(back.size, 'both servers serve again without a restart').toBe(2);
      expect(new Set(seen.map((answer) => answer.status))).toEqual(new Set([200, 503]));
      for (const answer of seen.filter((candidate) => candidate.status === 503))
        expect(answer.retryAfter).toBe('5');
      for (const server of [first, second]) expect(server.process.exitCode).toBeNull();
      // Writes work again too.
      const written = await send(
        `${second.url}/api/v1/observations`,
        asAdmin(figure('2023-03-02', 51)),
      );
      expect(written.status).toBe(201);
    }, 60_000);

    it('one killed (SIGKILL) mid-import: the other keeps serving, and the import is absent', async () => {
      const rowsBefore = await count('select count(*)::int as n from observations');
      const version = await dataVersion();
      const request = send(`${first.url}/api/v1/observations/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${ADMIN}` },
        body: syntheticObservationsCsv(IMPORT_ROWS),
      })
        .then(async (answer) => `${answer.status} ${await answer.text()}`.slice(0, 300))
        .catch(() => 'no answer (killed)');
      const writing = async () =>
        (await count(
          `select count(*)::int as n from pg_stat_activity where backend_xid is not null and query ilike 'insert into "observations"%'`,
        )) > 0;
      // Reading the file comes first (on a work thread); on a busy machine that takes a while.
      const deadline = Date.now() + 150_000;
      let sawWriting = false;
      while (!sawWriting && Date.now() < deadline) {
        sawWriting = await writing();
        if (!sawWriting) await sleep(20);
      }
      await first.stop('SIGKILL');
      const answered = await request;
      expect(
        sawWriting,
        `the import was killed while its transaction was writing (${answered})`,
      ).toBe(true);
      // The other process serves throughout, reads and writes.
      expect((await send(`${second.url}/api/v1/units`)).status).toBe(200);
      // PostgreSQL rolls the dead session's transaction back once it notices the socket closed.
      const settledBy = Date.now() + 20_000;
      while ((await writing()) && Date.now() < settledBy) await sleep(50);
      expect(
        await count(`select count(*)::int as n from observations where source = 'bench'`),
      ).toBe(0);
      expect(await count('select count(*)::int as n from observations')).toBe(rowsBefore);
      expect(await dataVersion()).toBe(version);
      const written = await send(
        `${second.url}/api/v1/observations`,
        asAdmin(figure('2023-03-03', 52)),
      );
      expect(written.status).toBe(201);
      const page = await send(
        `${second.url}/api/v1/observations?includeIllustrative=true&limit=10`,
      );
      expect(page.status).toBe(200);
      expect(((await page.json()) as Json).dataVersion).toBe(version + 1);
    }, 240_000);
  },
);
