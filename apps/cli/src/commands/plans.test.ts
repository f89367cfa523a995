import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_FILE_FORMAT } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { readPlanWorkbook, writePlanWorkbook } from '@plan/plans/xlsx';
import { databaseTargetFrom, openStore } from '@plan/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { tempWorkspace } from '../_test/runPlan.js';

// The second plan is @plan/plans' test fixture: invented figures, never a real plan.
const FIXTURE = fixturePlanFile.id;
const ORDOS = 'ordos-education-sports-2021-2025';
const workspace = tempWorkspace('plans');
const env = { DATABASE_URL: workspace.databaseUrl };
const at = (name: string) => join(workspace.dir, name);
const plan = (args: string[]) => runInProcess(args, { env, cwd: workspace.dir });

beforeAll(async () => {
  writeFileSync(at('fixture-plan.json'), JSON.stringify(fixturePlanFile, null, 2));
  writeFileSync(at('fixture-plan.xlsx'), await writePlanWorkbook(fixturePlanFile));
  // Two problems at once: two targets that are not possible percentages, in two tables.
  const broken = structuredClone(fixturePlanFile) as unknown as {
    tables: { indicators: { values: { subject: { target: unknown } } }[] }[];
  };
  type Row = { values: { subject: { target: unknown } } };
  const subject = (table: number, row: number) =>
    (broken.tables[table] as { indicators: Row[] }).indicators[row]?.values.subject ?? {
      target: undefined,
    };
  subject(0, 0).target = '140';
  subject(1, 0).target = '≤148.0';
  writeFileSync(at('broken-plan.json'), JSON.stringify(broken));
  writeFileSync(
    at('fixture-observations.csv'),
    [
      'indicator_id,region,year,date,value,source,note',
      'fixture-preschool-enrolment-rate,fixture-city,2027,,96.5,fixture-bureau,虚构',
      'fixture-myopia-rate,fixture-city,2027,,51.0,fixture-bureau,虚构',
      'fixture-vocational-general-ratio,fixture-east-district,2027,,42:58,fixture-bureau,虚构',
    ].join('\n'),
  );
});
afterAll(() => workspace.dispose());

describe('plan plans', () => {
  it('lists the built-in Ordos plan as the default before any plan is added', async () => {
    const run = await plan(['plans', 'list', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).plans).toEqual([
      expect.objectContaining({ id: ORDOS, builtIn: true, addedAt: null }),
    ]);
  });

  it('writes the empty XLSX template, which the workbook reader knows', async () => {
    const run = await plan(['plans', 'template', 'template.xlsx']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote template.xlsx');
    const read = await readPlanWorkbook(readFileSync(at('template.xlsx')));
    // Only example rows: the reader skips them and names what a plan still lacks.
    expect('issues' in read).toBe(true);
    const other = await plan(['plans', 'template', 'template.csv']);
    expect(other.code).toBe(2);
  });

  it('checks a workbook with --dry-run and writes nothing', async () => {
    const run = await plan(['plans', 'add', 'fixture-plan.xlsx', '--dry-run', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      dryRun: true,
      plan: { id: FIXTURE, indicators: 6, amendments: 1 },
    });
    const list = await plan(['plans', 'list', '--json']);
    expect(JSON.parse(list.stdout).plans).toHaveLength(1);
  });

  it('lists every problem of an invalid plan file with its path, exit 1, nothing written', async () => {
    const run = await plan(['plans', 'add', 'broken-plan.json', '--json']);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    const paths = output.error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toContain('tables.0.indicators.0.values.subject.target');
    expect(paths).toContain('tables.1.indicators.0.values.subject.target');
    expect(run.stderr).toContain('broken-plan.json is not a valid plan');
  });

  it('adds the fixture plan with its base-year values, then refuses its id a second time', async () => {
    const run = await plan(['plans', 'add', 'fixture-plan.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`added — ${FIXTURE} (测试用规划（虚构数据）)`);
    const list = await plan(['plans', 'list']);
    expect(list.stdout).toContain(`${ORDOS}  2021–2025`);
    expect(list.stdout).toContain(`${FIXTURE}  2026–2030  测试用规划（虚构数据）`);

    const again = await plan(['plans', 'add', 'fixture-plan.xlsx']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`a plan with the id "${FIXTURE}" already exists`);
    // The built-in plan's id is taken too.
    writeFileSync(
      at('ordos-id.json'),
      JSON.stringify({ ...fixturePlanFile, format: PLAN_FILE_FORMAT, id: ORDOS }),
    );
    expect((await plan(['plans', 'add', 'ordos-id.json'])).code).toBe(1);
  });

  it('imports observations into the fixture plan only (--plan), checked against its indicators', async () => {
    const wrongPlan = await plan(['import', 'fixture-observations.csv', '--dry-run']);
    expect(wrongPlan.code).toBe(1);
    expect(wrongPlan.stderr).toContain('fixture-preschool-enrolment-rate');

    const run = await plan(['import', 'fixture-observations.csv', '--plan', FIXTURE, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, created: 3, unchanged: 0 });
    const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
    try {
      const mine = await store.forPlan(FIXTURE).listObservations();
      expect(mine.filter((row) => row.source === 'fixture-bureau')).toHaveLength(3);
      // The Ordos plan's observations are untouched.
      expect(await store.listObservations()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('answers an unknown --plan with exit 2 naming the known plans', async () => {
    const run = await plan(['assess', '--as-of', '2027-12-31', '--plan', 'nowhere']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--plan: unknown plan "nowhere": expected one of ${ORDOS}, ${FIXTURE}`,
    );
    const region = await plan([
      'assess',
      '--as-of',
      '2027-12-31',
      '--plan',
      FIXTURE,
      '--region',
      'ordos',
    ]);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('unknown region "ordos": expected one of fixture-province');
  });

  it('assesses the fixture plan (--plan) with its own regions and years', async () => {
    const run = await plan(['assess', '--as-of', '2027-12-31', '--plan', FIXTURE, '--json']);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ ok: true, plan: FIXTURE, regions: ['fixture-city'] });
    const [assessment] = output.assessments;
    expect(assessment.planId).toBe(FIXTURE);
    expect(assessment.indicators).toHaveLength(6);
    const table = await plan(['assess', '--as-of', '2027-12-31', '--plan', FIXTURE]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('测试用规划（虚构数据）');
    expect(table.stdout).toContain('■ 虚构市');
  });

  it('judges against the amended target from its effective date and not before', async () => {
    const preschool = async (asOf: string) => {
      const run = await plan(['assess', '--as-of', asOf, '--plan', FIXTURE, '--json']);
      expect(run.code).toBe(0);
      const [assessment] = JSON.parse(run.stdout).assessments;
      return {
        applied: (assessment.amendmentsApplied ?? []).map((item: { id: string }) => item.id),
        status: assessment.indicators.find(
          (item: { indicatorId: string }) =>
            item.indicatorId === 'fixture-preschool-enrolment-rate',
        ).status,
      };
    };
    // 96.5 meets the printed ≥96.0, not the amended ≥97.0 in force from 2028-07-01.
    const before = await preschool('2028-06-30');
    expect(before).toEqual({ applied: [], status: 'achieved' });
    const after = await preschool('2028-07-01');
    expect(after.applied).toEqual(['fixture-raise-preschool-target']);
    expect(after.status).not.toBe('achieved');
    const table = await plan(['assess', '--as-of', '2028-07-01', '--plan', FIXTURE]);
    expect(table.stdout).toContain(
      '按评估日有效的规划调整评估：fixture-raise-preschool-target (2028-07-01)',
    );
  });

  it('writes the fixture plan’s report (--plan), listing its amendment beside the printed target', async () => {
    const run = await plan([
      'report',
      '--kind',
      'midterm',
      '--as-of',
      '2028-12-31',
      '--plan',
      FIXTURE,
      '--out',
      'fixture-report.md',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      plan: FIXTURE,
      region: 'fixture-city',
    });
    const md = readFileSync(at('fixture-report.md'), 'utf8');
    expect(md).toContain('测试用规划（虚构数据）中期评估报告');
    expect(md).toContain('规划调整');
    for (const text of [
      'fixture-raise-preschool-target',
      '≥96.0',
      '≥97.0',
      '2028-07-01',
      '测试用理由（虚构）',
      '测试用规划中期调整文件（虚构） 测试〔2028〕1号 2028-06-15',
      '有效',
    ])
      expect(md).toContain(text);
    // Before its effective date the amendment is listed as not yet in force.
    await plan(['report', '--as-of', '2027-12-31', '--plan', FIXTURE, '--out', 'early.md']);
    expect(readFileSync(at('early.md'), 'utf8')).toContain('尚未生效');
    // A plan added to the database is checked against itself and its tables (its invented
    // text states two targets apart from its table).
    expect(md).toContain('规划一致性检查');
  });

  it('compares the fixture plan’s own regions with --by-region, nothing of Ordos', async () => {
    const run = await plan([
      'report',
      '--as-of',
      '2028-12-31',
      '--plan',
      FIXTURE,
      '--by-region',
      '--out',
      'fixture-districts.md',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ districts: { regions: 2 } });
    const md = readFileSync(at('fixture-districts.md'), 'utf8');
    const section = md.slice(md.indexOf('区域比较'), md.indexOf('评估方法比较'));
    expect(section).toContain('比较虚构市所辖虚构市东区，虚构市西县');
    expect(section).toMatch(/\| 指标\s+\| 虚构市东区\s+\| 虚构市西县\s+\|/);
    // The east district's imported 2027 ratio is in the matrix; it has no base-year value of its own.
    expect(section).toMatch(/42 \(2027\), 无本地区基期值/);
    expect(section).not.toMatch(/鄂尔多斯|东胜/);
  });

  it('closes the fixture plan with a final evaluation after its end', async () => {
    const run = await plan([
      'report',
      '--as-of',
      '2031-06-30',
      '--plan',
      FIXTURE,
      '--lang',
      'en',
      '--out',
      'fixture-final.html',
    ]);
    expect(run.code).toBe(0);
    const html = readFileSync(at('fixture-final.html'), 'utf8');
    expect(html).toContain('3. Final evaluation');
    expect(html).toContain('The plan period ended on 2030-12-31');
  });
});
