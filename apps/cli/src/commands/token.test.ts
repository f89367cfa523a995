import { createApp } from '@plan/api';
import { databaseTargetFrom, openStore } from '@plan/store';
import { afterAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_NOW, runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const workspace = tempWorkspace('token');
const env = { DATABASE_URL: workspace.databaseUrl };
afterAll(() => workspace.dispose());

/** Asks the API, on the same database, who a token belongs to. */
async function whoIs(token: string) {
  const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
  try {
    const app = createApp({ store, clock: () => new Date('2024-01-01T00:00:00Z') });
    const response = await app.request('/api/v1/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  } finally {
    await store.close();
  }
}

describe('plan token create', () => {
  it('prints a new token once, on stdout alone, and the API accepts it with its role', async () => {
    const run = await runPlan(['token', 'create', '--role', 'editor'], { env });
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^plan_[A-Za-z0-9_-]{43}$/);
    expect(run.stderr).toContain('Store it now: it is shown only this once.');
    expect(run.stderr).not.toContain(token);
    // The API's /me may say more (the token's scope); the name and role are the CLI's.
    expect(await whoIs(token)).toMatchObject({
      status: 200,
      body: { name: 'cli-editor', role: 'editor' },
    });
  });

  it('gives the token and its record as JSON for scripts', async () => {
    const run = await runInProcess(
      ['token', 'create', '--role', 'admin', '--name', 'statistics-bureau-sync', '--json'],
      { env },
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      ok: true,
      name: 'statistics-bureau-sync',
      role: 'admin',
      createdBy: 'cli',
      createdAt: IN_PROCESS_NOW,
      revokedAt: null,
    });
    expect((await whoIs(output.token)).body).toMatchObject({
      name: 'statistics-bureau-sync',
      role: 'admin',
    });
  });

  it('confines a token to regions with --regions: a district account, its scope in the record', async () => {
    const run = await runInProcess(
      [
        'token',
        'create',
        '--role',
        'editor',
        '--name',
        'dongsheng-editor',
        '--regions',
        'dongsheng',
        '--json',
      ],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ ok: true, role: 'editor', scope: { regions: ['dongsheng'] } });
    expect(await whoIs(output.token)).toMatchObject({
      status: 200,
      body: { name: 'dongsheng-editor', role: 'editor' },
    });
    const text = await runInProcess(
      [
        'token',
        'create',
        '--role',
        'editor',
        '--name',
        'two-districts',
        '--regions',
        'dongsheng, kangbashi,dongsheng',
      ],
      { env },
    );
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('for regions dongsheng, kangbashi.');
  });

  it('refuses a name already taken with exit 2, naming it', async () => {
    const run = await runInProcess(
      ['token', 'create', '--role', 'viewer', '--name', 'two-districts'],
      {
        env,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--name: a token named "two-districts" already exists');
  });

  it('refuses a region no plan has, naming the known ones, with exit 2 and no token', async () => {
    const run = await runInProcess(
      ['token', 'create', '--role', 'editor', '--regions', 'dongsheng,atlantis'],
      { env },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--regions: unknown region "atlantis"');
    expect(run.stderr).toContain('ejin-horo');
    expect(run.stdout).toBe('');
  });

  it('creates a unit’s token with --unit (the unit must exist), its scope naming the unit', async () => {
    const unknown = await runInProcess(
      ['token', 'create', '--role', 'editor', '--unit', 'basic-education'],
      { env },
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--unit: unknown unit "basic-education"');
    expect(unknown.stdout).toBe('');
    await runInProcess(['units', 'add', 'basic-education', '--name', '市教育体育局基础教育科'], {
      env,
    });
    const run = await runInProcess(
      [
        'token',
        'create',
        '--role',
        'editor',
        '--unit',
        'basic-education',
        '--name',
        'basic-education',
        '--json',
      ],
      { env },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, scope: { unit: 'basic-education' } });
  });

  it('refuses a token for a retired unit with exit 2, saying so in English and Chinese', async () => {
    await runInProcess(['units', 'add', 'old-section', '--name', '原科室'], { env });
    const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
    try {
      await store.units.update('old-section', 1, { retired: true }, { name: 'test' });
    } finally {
      await store.close();
    }
    const run = await runInProcess(
      ['token', 'create', '--role', 'editor', '--unit', 'old-section', '--name', 'old-section'],
      { env },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--unit: unit "old-section" is retired and does no work, so no token may report for it',
    );
    expect(run.stderr).toContain('单位“old-section”已撤销，不再承担任何工作，不能为它创建令牌');
    expect(run.stdout).toBe('');
  });

  it('refuses a missing or unknown role with exit 2', async () => {
    const run = await runInProcess(['token', 'create', '--role', 'boss'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--role: expected viewer, editor or admin');
    const other = await runInProcess(['token', 'list'], { env });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('unknown action "list"');
  });
});
