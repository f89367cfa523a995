import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

const workspace = tempWorkspace('responsibilities');
const env = { DATABASE_URL: workspace.databaseUrl };
const file = (name: string, text: string) => {
  writeFileSync(join(workspace.dir, name), text);
  return name;
};
const run = (args: string[]) => runInProcess(args, { env, cwd: workspace.dir });
beforeAll(async () => {
  await run(['units', 'add', 'basic-education', '--name', '市教育体育局基础教育科']);
  await run(['units', 'add', 'finance', '--name', '市财政局']);
});
afterAll(() => workspace.dispose());

describe('plan responsibilities import', () => {
  it('checks a list with a dry run and writes nothing', async () => {
    const csv = file(
      'list.csv',
      '\uFEFF事项编号,牵头单位,配合单位\nP08-M2,市教育体育局基础教育科,市财政局\nT-P08-M2-1,finance,\n',
    );
    const dry = await run(['responsibilities', 'import', csv, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      ok: true,
      dryRun: true,
      rows: 2,
      created: 2,
      updated: 0,
    });
    expect((await run(['responsibilities', 'list'])).stdout).toContain('no item is assigned yet');
  });

  it('assigns every row of a CSV in Chinese, units by id or name, and lists them', async () => {
    const csv = file(
      'list.csv',
      '事项编号,牵头单位,配合单位\nP08-M2,市教育体育局基础教育科,市财政局\nT-P08-M2-1,finance,\n',
    );
    const done = await run(['responsibilities', 'import', csv]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('2 row(s) checked; assigned 2 new, 0 changed, 0 unchanged');
    const list = await run(['responsibilities', 'list']);
    expect(list.stdout).toMatch(
      /^P08-M2 +市教育体育局基础教育科 +市财政局 +\d{4}-\d{2}-\d{2} cli$/m,
    );
    expect(list.stdout).toMatch(/^T-P08-M2-1 +市财政局 /m);
    const again = await run(['responsibilities', 'import', csv, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('reads the first sheet of an XLSX workbook with English headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('责任清单');
    sheet.addRow(['itemId', 'lead', 'cooperating', 'reason']);
    sheet.addRow(['P08-M2', 'finance', '市教育体育局基础教育科', '局务会调整']);
    await workbook.xlsx.writeFile(join(workspace.dir, 'list.xlsx'));
    const done = await run(['responsibilities', 'import', 'list.xlsx', '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ format: 'xlsx', rows: 1, updated: 1 });
    const items = JSON.parse((await run(['responsibilities', 'list', '--json'])).stdout).items;
    expect(items.find((item: { itemId: string }) => item.itemId === 'P08-M2')).toMatchObject({
      lead: 'finance',
      cooperating: ['basic-education'],
      version: 2,
    });
  });

  it('writes nothing when a row has a problem, and names every one by row and column (exit 1)', async () => {
    const csv = file(
      'bad.csv',
      'itemId,lead,cooperating\nP01-M1,finance,\nP99-M1,finance,\nP01-M2,市体育局,\n',
    );
    const refused = await run(['responsibilities', 'import', csv, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'row 3, itemId: "P99-M1" is not a measure or target of the plan',
    );
    expect(refused.stderr).toContain('row 4, lead: unknown unit "市体育局"');
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, exitCode: 1, created: 0 });
    const items = JSON.parse((await run(['responsibilities', 'list', '--json'])).stdout).items;
    expect(items.map((item: { itemId: string }) => item.itemId)).not.toContain('P01-M1');
  });

  it('answers exit 2 for a file it cannot tell the format of, exit 3 for a missing one', async () => {
    expect((await run(['responsibilities', 'import', 'list.txt'])).code).toBe(2);
    expect((await run(['responsibilities', 'import', 'missing.csv'])).code).toBe(3);
    expect((await run(['responsibilities', 'export'])).code).toBe(2);
  });
});
