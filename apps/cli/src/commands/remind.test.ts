import { databaseTargetFrom, openStore } from '@plan/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('remind');
const env = { DATABASE_URL: workspace.databaseUrl };
const run = (args: string[]) => runInProcess(args, { env });

beforeAll(async () => {
  const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
  try {
    await store.units.create(
      { id: 'basic-education', nameZh: '市教育体育局基础教育科' },
      { name: 'test' },
    );
    await store.units.create({ id: 'finance', nameZh: '市财政局' }, { name: 'test' });
    // 专栏7's targets were due in 2022-2023; its second measure is led by one unit with another.
    await store.putResponsibility(
      'P07-M2',
      { lead: 'basic-education', cooperating: ['finance'] },
      { name: 'test' },
    );
  } finally {
    await store.close();
  }
});
afterAll(() => workspace.dispose());

describe('plan remind', () => {
  it('lists what each unit has overdue, and the unassigned under 未指定 with why', async () => {
    const answer = await run(['remind', '--as-of', '2024-03-01']);
    expect(answer.code).toBe(0);
    expect(answer.stdout).toContain('督办提醒 · 截至 2024-03-01 · 报送周期：年度');
    expect(answer.stdout).toContain(
      '报送：上一报送期 2023（2024-01-30 前报送）；下一报送期 2024（2025-01-30 前报送）',
    );
    expect(answer.stdout).toMatch(/^市教育体育局基础教育科 \(basic-education\) — \d+项$/m);
    expect(answer.stdout).toMatch(/^市财政局 \(finance\) — \d+项$/m);
    expect(answer.stdout).toMatch(/^未指定 — \d+项\n {2}以下事项尚未指定牵头单位/m);
    expect(answer.stdout).toMatch(/ {4}T-P07-M2-\d+ {2}牵头 · 专栏7 · .+\[逾期未完成\]/);
    expect(answer.stdout).toMatch(/ {4}T-P07-M2-\d+ {2}配合 · 专栏7 · /);
  });

  it('gives one unit’s items with --unit, as JSON with --format json', async () => {
    const answer = await run([
      'remind',
      '--as-of',
      '2024-03-01',
      '--unit',
      'finance',
      '--format',
      'json',
    ]);
    expect(answer.code).toBe(0);
    const json = JSON.parse(answer.stdout);
    expect(json).toMatchObject({
      ok: true,
      plan: 'ordos-education-sports-2021-2025',
      asOf: '2024-03-01',
      cycle: 'year',
    });
    expect(json.reporting.next).toMatchObject({ id: '2024', dueBy: '2025-01-30' });
    expect(json.units).toHaveLength(1);
    expect(json.units[0].unit).toMatchObject({ id: 'finance', nameZh: '市财政局' });
    expect(json.units[0].items.length).toBeGreaterThan(0);
    expect(json.units[0].items.every((item: { role: string }) => item.role === 'cooperating')).toBe(
      true,
    );
  });

  it('runs as a process too, --as-of defaulting to today', async () => {
    const answer = await runPlan(['remind', '--json'], { env });
    expect(answer.code).toBe(0);
    expect(JSON.parse(answer.stdout).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses an unknown unit and a malformed date with exit 2', async () => {
    const unknown = await run(['remind', '--unit', 'sports']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown unit "sports": expected one of basic-education, finance',
    );
    expect((await run(['remind', '--as-of', '2024-02-30'])).code).toBe(2);
  });
});
