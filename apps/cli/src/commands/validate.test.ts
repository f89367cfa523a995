import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlanFile } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { writePlanWorkbook } from '@plan/plans/xlsx';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const workspace = tempWorkspace('validate');
afterAll(() => workspace.dispose());

// biome-ignore lint/suspicious/noExplicitAny: the tests break the fixture's JSON at any depth, as a hand-written file could be
type EditableJson = Record<string, any>;

/** The invented fixture plan file (@plan/plans/testing), changed by `edit`, written as JSON to the workspace. */
function fixtureJson(name: string, edit?: (file: EditableJson) => void): string {
  const json: EditableJson = structuredClone(fixturePlanFile);
  edit?.(json);
  const file = join(workspace.dir, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

/** The fixture plan as a workbook, changed by `edit`, written to the workspace. */
async function fixtureWorkbook(name: string, edit?: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writePlanWorkbook(fixturePlanFile)) as never);
  edit?.(workbook);
  const file = join(workspace.dir, name);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

/** The cell under the header whose key is `key`, in the first data row. */
function firstRowCell(workbook: ExcelJS.Workbook, sheetName: string, key: string) {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (String(cell.value).split(' ').at(-1) === key) column = index;
  });
  return sheet.getRow(2).getCell(column);
}

describe('plan validate', () => {
  it('accepts a valid plan of another city and says what it holds', async () => {
    const run = await runPlan(['validate', fixtureJson('fixture.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`a valid plan — ${fixturePlanFile.id}`);
    expect(run.stdout).toContain('2 table(s), 6 indicator(s), 4 region(s)');
  });

  it('accepts a plan workbook (XLSX) and says what it holds', async () => {
    const run = await runPlan(['validate', await fixtureWorkbook('fixture.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`a valid plan — ${fixturePlanFile.id}`);
  });

  it('lists every problem of a workbook with its sheet and cell, and exits 1', async () => {
    const file = await fixtureWorkbook('broken.xlsx', (workbook) => {
      firstRowCell(workbook, '指标 Indicators', 'unit.kind').value = 'percentage';
      firstRowCell(workbook, '目标 Targets', 'measure').value = 9;
      firstRowCell(workbook, '地区 Regions', 'level').value = 'town';
    });
    const run = await runPlan(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.xlsx is not a valid plan: 3 problems');
    expect(run.stderr).toContain('  - 目标 Targets!C2: project 1 has no measure 9 (it has 2)');
    expect(run.stderr).toMatch(
      / {2}- 指标 Indicators!J2: .*\(tables\.0\.indicators\.0\.unit\.kind\)/,
    );
    expect(run.stderr).toMatch(/ {2}- 地区 Regions!E2: .*\(regions\.0\.level\)/);
  });

  it('gives a workbook’s problems their sheet, row and column in --json', async () => {
    const file = await fixtureWorkbook('broken-json.xlsx', (workbook) => {
      firstRowCell(workbook, '地区 Regions', 'level').value = 'town';
    });
    const run = await runInProcess(['validate', file, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error.issues).toEqual([
      {
        path: '地区 Regions!E2',
        sheet: '地区 Regions',
        row: 2,
        column: 'E',
        message: expect.stringMatching(/\(regions\.0\.level\)$/),
      },
    ]);
  });

  it('reads a workbook by its content whatever its name', async () => {
    const file = await fixtureWorkbook('plan-upload.bin');
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(0);
  });

  const ordosSummary = {
    id: 'ordos-education-sports-2021-2025',
    title: ordosPlanFile.title,
    period: { start: 2021, end: 2025 },
    tables: 3,
    indicators: 61,
    regions: 11,
  };

  it('accepts the whole Ordos plan file written out as JSON, with a stable --json summary', async () => {
    const file = join(workspace.dir, 'ordos.json');
    writeFileSync(file, JSON.stringify(ordosPlanFile, null, 2));
    const run = await runInProcess(['validate', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, file, plan: ordosSummary, issues: [] });
  });

  it('accepts the whole Ordos plan file written out as a workbook, with the same summary', async () => {
    const file = join(workspace.dir, 'ordos.xlsx');
    writeFileSync(file, await writePlanWorkbook(ordosPlanFile));
    const run = await runInProcess(['validate', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, file, plan: ordosSummary, issues: [] });
  });

  it('names the path and the problem of an impossible value, and exits 1', async () => {
    const file = fixtureJson('bad-percentage.json', (json) => {
      json.tables[0].indicators[0].values.subject.target = '140';
    });
    const run = await runPlan(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '- tables.0.indicators.0.values.subject.target: "140" is above 100: not a possible percentage',
    );
    expect(run.stdout).toBe('');
  });

  it('names a missing field', async () => {
    const file = fixtureJson('missing-title.json', (json) => {
      delete json.title.en;
    });
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/- title\.en: .*expected string/);
  });

  it('names a missing format: the indicator tables alone are not a plan file', async () => {
    const file = fixtureJson('no-format.json', (json) => {
      delete json.format;
    });
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/- format: .*plan-file\/1/);
  });

  it('lists every broken reference at once, also as JSON issues', async () => {
    const file = fixtureJson('bad-references.json', (json) => {
      json.subjectRegion = 'no-such-city';
      json.tables[0].indicators[1].categoryPath = ['no-such-category'];
      json.tables[1].indicators[0].id = json.tables[0].indicators[2].id;
    });
    const run = await runInProcess(['validate', file, '--json']);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ ok: false, exitCode: 1, error: { kind: 'invalid_data' } });
    // The renamed indicator leaves a project target and a succession link pointing at nothing: named too.
    expect(output.error.issues).toEqual([
      { path: 'subjectRegion', message: 'unknown region "no-such-city": not in regions' },
      {
        path: 'tables.0.indicators.1.categoryPath',
        message: 'no category path "no-such-category" in table "fixture-education"',
      },
      {
        path: 'tables.1.indicators.0.id',
        message: 'duplicate indicator id "fixture-vocational-general-ratio"',
      },
      {
        path: 'projects.projects.2.measures.0.targets.0.indicatorId',
        message: expect.stringContaining('unknown indicator id "fixture-myopia-rate"'),
      },
      {
        path: 'succession.links.1.to',
        message: 'unknown indicator "fixture-myopia-rate": not an indicator of this plan',
      },
    ]);
  });

  it('says where a JSON syntax error is', async () => {
    const file = join(workspace.dir, 'broken.json');
    writeFileSync(file, '{\n  "id": "broken",\n  "title": { "zh": "坏", }\n}\n');
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not valid JSON: .* at line 3, column \d+/);
  });

  it('tells in its help where the XLSX template comes from', async () => {
    const run = await runInProcess(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('plan validate <plan.json|plan.xlsx>');
    expect(run.stdout).toContain(
      'plan plans template <plan.xlsx>, or\nwritePlanTemplate() of @plan/plans/xlsx',
    );
  });

  it('exits 3 for a file that does not exist and 2 without a file', async () => {
    const missing = await runPlan(['validate', join(workspace.dir, 'nope.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('no such file or directory');
    const none = await runPlan(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing the plan file');
  });
});
