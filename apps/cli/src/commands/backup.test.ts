import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseTargetFrom, hashDatabase, openStore } from '@plan/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';
import { seedDatabase } from '../_test/seedDatabase.js';

const workspace = tempWorkspace('backup');
afterAll(() => workspace.dispose());
const source = { DATABASE_URL: workspace.databaseUrl };
const at = (name: string) => ({ DATABASE_URL: `sqlite:${join(workspace.dir, name)}` });

/** Every moved table's row count and hash, as the transfer computes them. */
async function hashesOf(databaseUrl: string) {
  const store = await openStore(databaseTargetFrom(databaseUrl));
  try {
    return await hashDatabase(store);
  } finally {
    await store.close();
  }
}

describe('plan backup and plan restore', () => {
  const backup = join(workspace.dir, 'backup.plan.gz');

  it('writes a verified backup of every table and restores it into a new database, equal', async () => {
    await seedDatabase(workspace.databaseUrl, { demo: true });
    await runInProcess(['units', 'add', 'sports', '--name', '市体育局'], { env: source });
    const written = await runInProcess(['backup', '--out', backup], { env: source });
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      /^wrote .*backup\.plan\.gz: \d+ tables, [\d,]+ rows of SQLite .* at migration \d{4}_\w+; read back and verified/,
    );

    const restored = await runInProcess(['restore', backup, '--json'], {
      env: at('restored.sqlite'),
    });
    expect(restored.code).toBe(0);
    const outcome = JSON.parse(restored.stdout);
    expect(outcome).toMatchObject({ ok: true, replaced: false });
    const expected = await hashesOf(workspace.databaseUrl);
    expect(outcome.tables).toEqual(expected);
    expect(await hashesOf(at('restored.sqlite').DATABASE_URL)).toEqual(expected);
    expect(expected.find((table) => table.name === 'observations')?.rows).toBeGreaterThan(100);
  });

  it('refuses to restore into a database holding data unless --force', async () => {
    const refused = await runInProcess(['restore', backup], { env: at('restored.sqlite') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plan restore: the target database is not empty (');
    expect(refused.stderr).toContain('pass --force to replace everything in it');
    const forced = await runInProcess(['restore', backup, '--force'], {
      env: at('restored.sqlite'),
    });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('replacing what it held');
  });

  it('refuses a truncated or changed backup with exit 1, leaving the database as it was', async () => {
    const target = at('restored.sqlite');
    const before = await hashesOf(target.DATABASE_URL);
    const bytes = readFileSync(backup);
    const cut = join(workspace.dir, 'cut.plan.gz');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    const truncated = await runInProcess(['restore', cut, '--force'], { env: target });
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/cut\.plan\.gz is refused: it is truncated/);
    const notBackup = join(workspace.dir, 'notes.txt');
    writeFileSync(notBackup, 'not a backup');
    const other = await runInProcess(['restore', notBackup, '--force'], { env: target });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('it is not gzip-compressed');
    expect(await hashesOf(target.DATABASE_URL)).toEqual(before);
  });

  it('says what is wrong with the command line or the files (exit 2 and 3)', async () => {
    expect((await runInProcess(['backup'], { env: source })).stderr).toContain('--out is required');
    const exists = await runInProcess(['backup', '--out', backup], { env: source });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('exists: choose another name, or pass --force');
    expect((await runInProcess(['backup', '--out', backup, '--force'], { env: source })).code).toBe(
      0,
    );
    const missing = await runInProcess(['restore', join(workspace.dir, 'missing.plan.gz')], {
      env: at('other.sqlite'),
    });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no such file');
    const noDatabase = await runInProcess(['backup', '--out', join(workspace.dir, 'x.gz')], {
      env: at('none.sqlite'),
    });
    expect(noDatabase.code).toBe(3);
    expect(noDatabase.stderr).toContain('no SQLite database at');
  });

  it('exits non-zero from a real process, naming the problem', async () => {
    const run = await runPlan(['restore', join(workspace.dir, 'cut.plan.gz')], {
      env: at('fresh.sqlite'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is truncated');
  });
});
