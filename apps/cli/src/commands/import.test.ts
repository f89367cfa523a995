import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import { databaseTargetFrom, type NewObservation, openStore } from '@plan/store';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { fixturesDir, runPlan, tempWorkspace } from '../_test/runPlan.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const workspace = tempWorkspace('import');
afterAll(() => workspace.dispose());
const good = join(fixturesDir, 'observations.csv');
const badRow = join(fixturesDir, 'observations-bad-row.csv');

/** A database of its own for each test, so counts say exactly what one import did. */
function database(name: string) {
  const url = `sqlite:${join(workspace.dir, `${name}.sqlite`)}`;
  return {
    env: { DATABASE_URL: url },
    async seed(rows: NewObservation[]) {
      const store = await openStore(databaseTargetFrom(url));
      try {
        await store.importObservations(rows, { name: 'test' });
      } finally {
        await store.close();
      }
    },
    async observations() {
      const store = await openStore(databaseTargetFrom(url));
      try {
        return await store.listObservations({ includeIllustrative: true });
      } finally {
        await store.close();
      }
    },
  };
}

describe('plan import', () => {
  it('a dry run checks every row and writes nothing', async () => {
    const db = database('dry-run');
    const run = await runPlan(['import', good, '--dry-run'], { env: db.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 row(s) checked; would create 6 observation(s), 0 unchanged');
    expect(run.stdout).toContain('dry run: nothing written');
    expect(await db.observations()).toEqual([]);
  });

  it('imports every row, then re-importing the same file creates no duplicates', async () => {
    const db = database('twice');
    const first = await runPlan(['import', good, '--json'], { env: db.env });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      ok: true,
      dryRun: false,
      file: good,
      format: 'csv',
      rows: 6,
      encoding: 'utf-8',
      blankRows: 0,
      created: 6,
      unchanged: 0,
      problems: [],
      database: expect.stringContaining('SQLite'),
    });
    const stored = await db.observations();
    expect(stored).toHaveLength(6);
    expect(stored.find((row) => row.indicatorId === 'vocational-general-ratio')?.value).toEqual({
      ratio: [38, 62],
    });
    expect(stored.find((row) => row.region === 'dongsheng')).toMatchObject({
      date: '2023-09-01',
      period: 'date',
      createdBy: 'cli',
    });

    const again = await runPlan(['import', good, '--json'], { env: db.env });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, unchanged: 6 });
    expect(await db.observations()).toHaveLength(6);
  });

  it('refuses a file with one bad row, reports it by row and column, and writes nothing', async () => {
    const db = database('bad-row');
    const run = await runPlan(['import', badRow, '--json'], { env: db.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 problem(s) in 4 row(s); nothing was written');
    expect(run.stderr).toContain('- row 4, value: 157.3 is above 100: not a possible percentage');
    expect(await db.observations()).toEqual([]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      exitCode: 1,
      rows: 4,
      created: 0,
      problems: [{ row: 4, column: 'value', problem: expect.stringContaining('above 100') }],
    });
  });

  it('refuses a row that changes a stored value, writing none of the file', async () => {
    const db = database('conflict');
    await db.seed([
      {
        indicatorId: 'regular-exercise-share',
        region: 'ordos',
        year: 2023,
        date: '2023-12-31',
        period: 'year',
        value: 44.1,
        source: 'statistics-bureau',
      },
    ]);
    const changed = join(workspace.dir, 'changed.csv');
    writeFileSync(
      changed,
      'indicator_id,region,year,value,source\n' +
        'student-myopia-rate,ordos,2024,56.9,health-commission\n' +
        'regular-exercise-share,ordos,2023,45.0,statistics-bureau\n',
    );
    const run = await runInProcess(['import', changed], { env: db.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is already recorded with another value');
    const stored = await db.observations();
    expect(stored.map((row) => [row.year, row.value])).toEqual([[2023, 44.1]]);
  });

  it('imports a target’s own figure by target_id; a target an indicator measures is refused', async () => {
    const db = database('targets');
    const linked = ordosTargets.find((target) => target.indicatorId !== undefined);
    const file = join(workspace.dir, 'targets.csv');
    writeFileSync(
      file,
      'target_id,region,year,value,source\nT-P19-M2-4,ordos,2023,6000,education-bureau\n',
    );
    const run = await runInProcess(['import', file], { env: db.env });
    expect(run.code).toBe(0);
    const [stored] = await db.observations();
    expect(stored).toMatchObject({
      targetId: 'T-P19-M2-4',
      indicatorId: 'T-P19-M2-4',
      value: 6000,
    });
    writeFileSync(
      file,
      `target_id,region,year,value,source\n${linked?.id},ordos,2023,1,education-bureau\n`,
    );
    const refused = await runInProcess(['import', file], { env: db.env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(linked?.indicatorId ?? '?');
  });

  it('imports an XLSX workbook', async () => {
    const db = database('xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('observations');
    sheet.addRow(['indicator_id', 'region', 'year', 'value', 'source']);
    sheet.addRow(['regular-exercise-share', 'ordos', 2023, 44.1, 'statistics-bureau']);
    sheet.addRow(['vocational-general-ratio', 'ordos', 2023, '38:62', 'education-bureau']);
    const file = join(workspace.dir, 'observations.xlsx');
    await workbook.xlsx.writeFile(file);
    const run = await runInProcess(['import', file], { env: db.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created 2 observation(s)');
    expect(await db.observations()).toHaveLength(2);
  });

  it('prints plain progress lines, not a redrawn bar, when stderr is not a terminal', async () => {
    const db = database('large');
    const regions = ordosPlan.regions.filter((region) => region.id !== 'inner-mongolia');
    const lines = ['indicator_id,region,year,value,source'];
    for (const region of regions)
      for (const indicator of ordosPlan.indicators)
        for (const year of [2021, 2022])
          lines.push(`${indicator.id},${region.id},${year},${valueFor(indicator)},test`);
    const file = join(workspace.dir, 'large.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const total = lines.length - 1;
    const run = await runPlan(['import', file], { env: db.env });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('\r');
    const progress = run.stderr.split('\n').filter((line) => line.startsWith('importing: '));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(`importing: ${total}/${total} rows (100%)`);
    expect(await db.observations()).toHaveLength(total);
  });

  it('exits 2 for a file it cannot tell the format of, and 3 for a database it cannot open', async () => {
    const unknown = await runInProcess(['import', join(workspace.dir, 'data.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('name a .csv or .xlsx file');
    const badUrl = await runInProcess(['import', good], { env: { DATABASE_URL: 'mysql://x' } });
    expect(badUrl.code).toBe(3);
    expect(badUrl.stderr).toContain('is not understood');
  });
});

/** A possible value for any indicator: a ratio, parts, or a number that fits every unit. */
function valueFor(indicator: (typeof ordosPlan.indicators)[number]): string {
  if (indicator.unit.kind === 'ratio') return '40:60';
  if (indicator.parts) return indicator.parts.map((part) => `${part.id}=50`).join(';');
  return '50';
}
