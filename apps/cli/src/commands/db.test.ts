import { join } from 'node:path';
import { databaseTargetFrom, hashDatabase, openStore } from '@plan/store';
import { startThrowawayPostgres } from '@plan/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';
import { seedDatabase } from '../_test/seedDatabase.js';

const workspace = tempWorkspace('db-copy');
afterAll(() => workspace.dispose());
const sqlite = (name: string) => join(workspace.dir, name);

async function hashesOf(databaseUrl: string) {
  const store = await openStore(databaseTargetFrom(databaseUrl));
  try {
    return await hashDatabase(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  await seedDatabase(workspace.databaseUrl, { demo: true });
  await runInProcess(['units', 'add', 'sports', '--name', '市体育局'], {
    env: { DATABASE_URL: workspace.databaseUrl },
  });
});

describe('plan db copy between SQLite files', () => {
  it('copies everything into a new file, verified equal', async () => {
    const run = await runInProcess([
      'db',
      'copy',
      '--from',
      sqlite('plan.sqlite'),
      '--to',
      sqlite('copy.sqlite'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^copied \d+ tables, [\d,]+ rows from SQLite .*plan\.sqlite to SQLite .*copy\.sqlite; every table's row count and SHA-256 verified equal/,
    );
    expect(await hashesOf(`sqlite:${sqlite('copy.sqlite')}`)).toEqual(
      await hashesOf(workspace.databaseUrl),
    );
  });

  it('refuses a target holding data unless --force', async () => {
    const args = [
      'db',
      'copy',
      '--from',
      sqlite('plan.sqlite'),
      '--to',
      `sqlite:${sqlite('copy.sqlite')}`,
    ];
    const refused = await runInProcess(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plan db: the target database is not empty (');
    expect((await runInProcess([...args, '--force'])).code).toBe(0);
  });

  it('says what is wrong with the command line (exit 2) or a missing source (exit 3)', async () => {
    const noTo = await runInProcess(['db', 'copy', '--from', sqlite('plan.sqlite')]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain('--to is required');
    const same = await runInProcess([
      'db',
      'copy',
      '--from',
      sqlite('plan.sqlite'),
      '--to',
      `sqlite:${sqlite('plan.sqlite')}`,
    ]);
    expect(same.code).toBe(2);
    expect((await runInProcess(['db', 'move'])).code).toBe(2);
    const missing = await runInProcess([
      'db',
      'copy',
      '--from',
      sqlite('none.sqlite'),
      '--to',
      sqlite('x.sqlite'),
    ]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no SQLite database at');
  });
});

// A cluster of its own (its empty `postgres` database is the target), stopped after the file.
describe('plan db copy SQLite → PostgreSQL → SQLite', () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined;
  beforeAll(async () => {
    server = await startThrowawayPostgres().catch((error: unknown) => ({
      url: undefined,
      reason: String(error),
    }));
  }, 120_000);
  afterAll(() => {
    if (server?.url) server.stop();
  });

  it('moves a SQLite database to an empty PostgreSQL database and back, hashes equal', async (context) => {
    if (!server?.url) {
      context.skip(
        `PostgreSQL tests skipped: ${server && 'reason' in server ? server.reason : 'no server'}`,
      );
      return;
    }
    const postgresUrl = server.url;
    const there = await runInProcess([
      'db',
      'copy',
      '--from',
      sqlite('plan.sqlite'),
      '--to',
      postgresUrl,
      '--json',
    ]);
    expect(there.code).toBe(0);
    const expected = await hashesOf(workspace.databaseUrl);
    expect(JSON.parse(there.stdout).tables).toEqual(expected);
    expect(await hashesOf(postgresUrl)).toEqual(expected);
    const back = await runInProcess([
      'db',
      'copy',
      '--from',
      postgresUrl,
      '--to',
      sqlite('back.sqlite'),
    ]);
    expect(back.code).toBe(0);
    expect(await hashesOf(`sqlite:${sqlite('back.sqlite')}`)).toEqual(expected);
    // A PostgreSQL backup restores into a SQLite file too: one format for both.
    const file = sqlite('pg.plan.gz');
    expect(
      (await runInProcess(['backup', '--out', file], { env: { DATABASE_URL: postgresUrl } })).code,
    ).toBe(0);
    const restored = await runInProcess(['restore', file], {
      env: { DATABASE_URL: `sqlite:${sqlite('from-pg.sqlite')}` },
    });
    expect(restored.code).toBe(0);
    expect(await hashesOf(`sqlite:${sqlite('from-pg.sqlite')}`)).toEqual(expected);
  });
});
