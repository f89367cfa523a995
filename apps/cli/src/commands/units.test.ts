import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('units');
const env = { DATABASE_URL: workspace.databaseUrl };
afterAll(() => workspace.dispose());

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
