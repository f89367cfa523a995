import { createToken, databaseTargetFrom, openStore, type Store } from '@plan/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('units');
const env = { DATABASE_URL: workspace.databaseUrl };
afterAll(() => workspace.dispose());

/** Works on the workspace's database directly (what the API would do meanwhile). */
async function onStore(work: (store: Store) => Promise<unknown>) {
  const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

describe('plan units', () => {
  it('says there are no units until the bureau adds them (the plan names none)', async () => {
    const run = await runInProcess(['units', 'list'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no units yet');
  });

  it('adds a unit with its Chinese and English names and lists it', async () => {
    const added = await runInProcess(
      [
        'units',
        'add',
        'basic-education',
        '--name',
        '市教育体育局基础教育科',
        '--name-en',
        'Basic Education Section',
        '--json',
      ],
      { env },
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      ok: true,
      unit: {
        id: 'basic-education',
        nameZh: '市教育体育局基础教育科',
        nameEn: 'Basic Education Section',
        createdBy: 'cli',
      },
    });
    await runInProcess(['units', 'add', 'finance', '--name', '市财政局'], { env });
    const list = await runInProcess(['units', 'list'], { env });
    expect(list.stdout).toMatch(
      /^basic-education +市教育体育局基础教育科 +Basic Education Section$/m,
    );
    expect(list.stdout).toMatch(/^finance +市财政局$/m);
    const json = JSON.parse((await runInProcess(['units', 'list', '--json'], { env })).stdout);
    expect(json.units.map((unit: { id: string }) => unit.id)).toEqual([
      'basic-education',
      'finance',
    ]);
  });

  it('refuses a taken id or Chinese name with exit 1, writing nothing', async () => {
    const sameId = await runInProcess(['units', 'add', 'finance', '--name', '另一个局'], { env });
    expect(sameId.code).toBe(1);
    expect(sameId.stderr).toContain('a unit with id "finance" already exists');
    const sameName = await runInProcess(['units', 'add', 'finance-2', '--name', '市财政局'], {
      env,
    });
    expect(sameName.code).toBe(1);
    expect(sameName.stderr).toContain('a unit named "市财政局" already exists (id "finance")');
  });

  it('refuses a malformed id, a missing name or an unknown action with exit 2', async () => {
    const badId = await runInProcess(['units', 'add', 'Basic Education', '--name', '科'], { env });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('<id>: a unit id is a slug');
    const noName = await runInProcess(['units', 'add', 'sports'], { env });
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name is required');
    expect((await runInProcess(['units', 'remove', 'finance'], { env })).code).toBe(2);
  });
});

describe('plan units rename, retire and return', () => {
  const plan = (...args: string[]) => runInProcess(args, { env });
  const unitOf = async (id: string) =>
    JSON.parse((await plan('units', 'list', '--json')).stdout).units.find(
      (unit: { id: string }) => unit.id === id,
    );

  it('renames a unit, its id kept; --if-version refuses a change made meanwhile (exit 1, both languages)', async () => {
    expect((await plan('units', 'add', 'sports', '--name', '体育科')).code).toBe(0);
    const renamed = await plan(
      'units',
      'rename',
      'sports',
      '--name',
      '市体育局',
      '--name-en',
      'Sports Bureau',
      '--if-version',
      '1',
      '--json',
    );
    expect(renamed.code).toBe(0);
    expect(JSON.parse(renamed.stdout)).toMatchObject({
      ok: true,
      unit: { id: 'sports', nameZh: '市体育局', nameEn: 'Sports Bureau', version: 2 },
    });
    const text = await plan('units', 'rename', 'sports', '--name-en', 'Sports');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('renamed unit sports: 市体育局 (Sports), version 3\n');
    const stale = await plan('units', 'rename', 'sports', '--name-en', 'Old', '--if-version', '2');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      'unit "sports" is at version 3, not 2: read it again (plan units list --json) and retry; nothing changed.',
    );
    expect(stale.stderr).toContain('单位“sports”已是第 3 版，不是第 2 版');
    expect((await unitOf('sports')).nameEn).toBe('Sports');
  });

  it('refuses a rename without a name, of an unknown unit (exit 2) or to a taken name (exit 1)', async () => {
    const nothing = await plan('units', 'rename', 'sports');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give --name, --name-en or both');
    const unknown = await plan('units', 'rename', 'nobody', '--name', '某科');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown unit "nobody"');
    const badVersion = await plan('units', 'retire', 'sports', '--if-version', 'two');
    expect(badVersion.code).toBe(2);
    expect(badVersion.stderr).toContain('--if-version');
    const taken = await plan('units', 'rename', 'sports', '--name', '市财政局');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('a unit named "市财政局" already exists (id "finance")');
    expect((await unitOf('sports')).nameZh).toBe('市体育局');
  });

  it('retires a unit only once its items are reassigned and its tokens revoked, and returns it to service', async () => {
    expect((await plan('units', 'add', 'old-office', '--name', '原办公室')).code).toBe(0);
    let tokenId = '';
    await onStore(async (store) => {
      await store.putResponsibility(
        'P08-M2',
        { lead: 'old-office', cooperating: [] },
        { name: 't' },
      );
      tokenId = (
        await createToken({ store }, 'old-office-token', 'editor', 't', {
          scope: { unit: 'old-office' },
        })
      ).info.id;
    });
    const busy = await plan('units', 'retire', 'old-office');
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('unit "old-office" is still at work and cannot be retired');
    expect(busy.stderr).toContain('P08-M2 lead');
    expect(busy.stderr).toContain('"old-office-token"');
    expect(busy.stderr).toContain('单位“old-office”仍在承担工作，不能撤销');
    expect((await unitOf('old-office')).retiredAt).toBeNull();
    await onStore(async (store) => {
      await store.putResponsibility('P08-M2', { lead: 'finance', cooperating: [] }, { name: 't' });
      await store.tokens.revoke(tokenId);
    });
    const retired = await plan('units', 'retire', 'old-office');
    expect(retired.code).toBe(0);
    expect(retired.stdout).toBe(
      'retired unit old-office: 原办公室, version 2; it takes no new work\n',
    );
    expect((await plan('units', 'list')).stdout).toMatch(
      /^old-office +原办公室（已撤销 retired）$/m,
    );
    expect((await plan('units', 'retire', 'old-office')).stdout).toBe(
      'unit old-office is already retired (version 2)\n',
    );
    const back = await plan('units', 'return', 'old-office', '--if-version', '2', '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({
      ok: true,
      unit: { id: 'old-office', version: 3, retiredAt: null },
    });
  });
});
