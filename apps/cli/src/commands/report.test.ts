import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordosPlan } from '@plan/indicators';
import { ordosProjects } from '@plan/projects';
import { databaseTargetFrom, openStore } from '@plan/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';
import { seedDatabase } from '../_test/seedDatabase.js';
import { escapeHtml } from '../report/escapeHtml.js';

// The first tests run `plan` as a real process; the smaller cases go through runCli in this
// process (runInProcess), which is all main.ts does with the real process's streams.
const workspace = tempWorkspace('report');
const env = { DATABASE_URL: workspace.databaseUrl };
const out = (name: string) => join(workspace.dir, name);
/** A figure of the first indicator (学前三年入园率) as a district submits it. */
const SUBMITTED = {
  indicatorId: ordosPlan.indicators[0]?.id ?? '',
  year: 2023,
  date: '2023-12-31',
  period: 'year' as const,
  value: 98.8,
  source: 'district-report',
};
/** A source name that tries to be markup in HTML and a formula in a spreadsheet. */
const HOSTILE_SOURCE = '=HYPERLINK("x")<script>alert(1)</script>';

beforeAll(async () => {
  await seedDatabase(workspace.databaseUrl, { demo: true });
  const store = await openStore(databaseTargetFrom(workspace.databaseUrl));
  await store.importObservations(
    [
      {
        indicatorId: 'registered-football-players',
        region: 'ordos',
        year: 2022,
        date: '2022-12-31',
        period: 'year',
        value: 1400,
        source: HOSTILE_SOURCE,
      },
    ],
    { name: 'test' },
  );
  // Figures a district submitted and the city has not yet approved: used only with --include-submitted.
  await store.importObservations(
    [
      { ...SUBMITTED, region: 'ordos' },
      { ...SUBMITTED, region: 'dongsheng', value: 97.1 },
    ],
    { name: 'dongsheng-editor' },
    { approval: 'submitted' },
  );
  await store.close();
  // The bureau's unit, one assignment and one report, sent in December 2023 so that a report
  // as of 2023-12-31 has it (the plan names no units: every other item is 未指定).
  const inDecember = await openStore(
    databaseTargetFrom(workspace.databaseUrl),
    () => new Date('2023-12-20T08:00:00Z'),
  );
  await inDecember.units.create(
    { id: 'basic-education', nameZh: '市教育体育局基础教育科' },
    { name: 'test' },
  );
  await inDecember.putResponsibility(
    'P01-M1',
    { lead: 'basic-education', cooperating: [] },
    { name: 'test' },
  );
  await inDecember.addMeasureReport(
    {
      measureId: 'P01-M1',
      period: '2023',
      status: 'on_track',
      narrative: '已开展民族团结进步教育<script>',
      unit: 'basic-education',
    },
    { name: 'basic-education-token' },
  );
  await inDecember.close();
});
afterAll(() => workspace.dispose());

describe('plan report', () => {
  it('writes one self-contained HTML file in Chinese that says it uses illustrative data, with a chart per table', async () => {
    const file = out('report.html');
    const run = await runPlan(
      ['report', '--as-of', '2023-12-31', '--include-illustrative', '--out', file],
      { env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('61 indicators, 61 assessed, 0 without data');
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Self-contained: no script, no stylesheet or font or image fetched from anywhere.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=|href="http/);
    expect(html).toContain('@media print');
    // The illustrative banner comes before any figure, and every demo figure is tagged.
    const banner = html.indexOf('示例数据：本报告含示例数据');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(html.indexOf('<section'));
    expect(html.match(/† 示例/g)?.length).toBeGreaterThan(61);
    for (const heading of [
      '一、总体情况',
      '三、主要指标完成情况',
      '四、评估方法比较',
      '五、重大项目工程与目标节点',
      '六、重大项目进展',
      '七、督办清单',
    ])
      expect(html).toContain(heading);
    for (const label of ['提前实现', '快于预期', '基本符合预期', '滞后', '完成进度', '时序进度'])
      expect(html).toContain(label);
    // Every indicator's printed name and every project's name, verbatim from the packages.
    for (const indicator of ordosPlan.indicators)
      expect(html).toContain(escapeHtml(indicator.printed));
    for (const project of ordosProjects) expect(html).toContain(escapeHtml(project.name.zh));
    // Each of the three indicator tables is followed by its chart.
    for (const table of ordosPlan.tables) {
      const at = html.indexOf(`<h3>${escapeHtml(table.title.zh)}</h3>`);
      const next = html.indexOf('<h3>', at + 1);
      expect(html.slice(at, next)).toContain('<svg');
    }
    expect(html.match(/<figure>/g)?.length).toBeGreaterThanOrEqual(10);
    // Text from the database is escaped, never markup.
    expect(html).toContain(escapeHtml(HOSTILE_SOURCE));
    expect(html).not.toContain('<script>alert');
  });

  it('writes English HTML from official figures only, keeping the Chinese names beside', async () => {
    const file = out('report-en.html');
    const run = await runInProcess(
      ['report', '--as-of', '2023-12-31', '--lang', 'en', '--out', file, '--json'],
      { env },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      format: 'html',
      lang: 'en',
      includeIllustrative: false,
      showsIllustrative: false,
      indicators: 61,
      assessed: 3,
      missing: 58,
    });
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Data: official figures only; illustrative demo figures are excluded.');
    expect(html).not.toContain('† illustrative');
    expect(html).toContain('Share of people who exercise regularly (%)');
    expect(html).toContain(escapeHtml(ordosPlan.indicators[0]?.printed ?? ''));
    expect(html).toContain('Broadly on schedule');
  });

  it('writes Markdown with the same sections, demo figures marked', async () => {
    const file = out('report.md');
    const run = await runInProcess(
      [
        'report',
        '--kind',
        'midterm',
        '--as-of',
        '2023-12-31',
        '--include-illustrative',
        '--out',
        file,
      ],
      { env },
    );
    expect(run.code).toBe(0);
    const markdown = readFileSync(file, 'utf8');
    expect(
      markdown.startsWith('# 鄂尔多斯市“十四五”教育体育发展规划中期评估报告（含示例数据）'),
    ).toBe(true);
    expect(markdown).toContain('- 填报单位：（未填写）');
    expect(markdown).toContain('## 二、成效、问题与下一步');
    expect(markdown).toContain('### 主要成效（草稿）');
    expect(markdown).toContain('> **示例数据：本报告含示例数据');
    expect(markdown).toMatch(
      /\|\s+1 \| 教育和人力资源开发 \| 学前三年入园率（%）\s+\|\s+98\.5 \|\s+99 \|\s+[\d.]+ \(2023, demo\) † 示例 \|/,
    );
    expect(markdown).toContain('## 八、规划一致性检查');
    expect(markdown).toMatch(/\| 快于预期\s+\|\s+\d+ † 示例 \|/);
  });

  it('writes an XLSX workbook with a sheet per section, flagged demo rows and no live formulas', async () => {
    const file = out('report.xlsx');
    const run = await runPlan(
      ['report', '--as-of', '2023-12-31', '--include-illustrative', '--out', file],
      { env },
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明',
      '总体情况',
      '主要指标',
      '方法比较',
      '工作举措',
      '目标节点',
      '项目进展汇总',
      '项目进展',
      '督办清单',
      '一致性检查',
      '检查项',
      '数据来源',
      '数据时效',
    ]);
    const indicators = workbook.getWorksheet('主要指标') as ExcelJS.Worksheet;
    expect(indicators.rowCount).toBe(62);
    expect(indicators.getRow(2).getCell(4).value).toBe('学前三年入园率（%）');
    expect(indicators.getRow(2).getCell(11).value).toBe('是');
    const measures = workbook.getWorksheet('工作举措') as ExcelJS.Worksheet;
    const measureCount = ordosProjects.reduce((sum, project) => sum + project.measures.length, 0);
    expect(measures.rowCount).toBe(measureCount + 1);
    expect(measures.getRow(2).getCell(5).value).toBe(ordosProjects[0]?.measures[0]?.text);
    let formulas = 0;
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        }),
      );
    expect(formulas).toBe(0);
    const sources = workbook.getWorksheet('数据来源') as ExcelJS.Worksheet;
    const names = sources.getColumn(1).values;
    expect(names).toContain(`'${HOSTILE_SOURCE}`);
    expect(
      String((workbook.getWorksheet('说明') as ExcelJS.Worksheet).getCell('A4').value),
    ).toContain('示例数据');
  });

  it('adds the district section with --by-region: the nine 旗区, matrix, ranking, completeness, in Chinese Markdown', async () => {
    const file = out('districts.md');
    const run = await runInProcess(
      [
        'report',
        '--as-of',
        '2023-12-31',
        '--by-region',
        '--include-illustrative',
        '--out',
        file,
        '--json',
      ],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ok: true, includeSubmitted: false, districts: { regions: 9 } });
    expect(json.districts.ranked + json.districts.unranked).toBe(9);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('## 四、区域比较');
    expect(md).toContain('## 五、评估方法比较');
    for (const name of [
      '东胜区',
      '康巴什区',
      '达拉特旗',
      '准格尔旗',
      '鄂托克前旗',
      '鄂托克旗',
      '杭锦旗',
      '乌审旗',
      '伊金霍洛旗',
    ])
      expect(md).toContain(name);
    for (const heading of [
      '### 地区 × 指标矩阵',
      '### 综合排名',
      '### 数据报送完整性',
      '### 分项加总核对',
    ])
      expect(md).toContain(heading);
    // The district figures here are demo data, each marked; submitted ones are not used.
    expect(md).toMatch(/\| 学前三年入园率（%）\s+\| [^|]+ † 示例/);
    expect(md).toContain('数据审核：仅使用市级已审核（approved）的数值');
    expect(md).not.toContain('97.1');
    // City-wide indicators are named, not judged per district.
    expect(md).toContain('全市层面指标，不分地区评价：');
  });

  it('uses submitted figures with --include-submitted, says so at the top and marks each ‡', async () => {
    const file = out('submitted.md');
    const run = await runInProcess(
      ['report', '--as-of', '2023-12-31', '--by-region', '--include-submitted', '--out', file],
      { env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('数据审核：含已报送、尚待审核的数值（‡ 待审核）');
    expect(run.stdout).toMatch(/区域比较：9个地区/);
    const md = readFileSync(file, 'utf8');
    const banner = md.indexOf('含下辖地区已报送、尚待审核的数值');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(md.indexOf('## '));
    expect(md).toMatch(/98\.8 \(2023, district-report, ‡ 待审核\)/);
    // Dongsheng's submitted figure is in the matrix, marked; without a 2020 value it is not judged.
    expect(md).toMatch(/无数据 \(97\.1 \(2023\), 无本地区基期值, ‡ 待审核\)/);
  });

  it('leaves submitted figures out by default', async () => {
    const file = out('approved.md');
    const run = await runInProcess(['report', '--as-of', '2023-12-31', '--out', file, '--json'], {
      env,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ assessed: 3, includeSubmitted: false });
    expect(readFileSync(file, 'utf8')).not.toContain('98.8');
  });

  it('writes the district sheets into the workbook and the English HTML', async () => {
    const xlsx = out('districts.xlsx');
    expect(
      (
        await runInProcess(['report', '--as-of', '2023-12-31', '--by-region', '--out', xlsx], {
          env,
        })
      ).code,
    ).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining(['区域指标矩阵', '区域排名', '报送完整性', '加总核对']),
    );
    const matrix = workbook.getWorksheet('区域指标矩阵') as ExcelJS.Worksheet;
    expect(matrix.rowCount).toBe(1 + 9 * ordosPlan.indicators.length);
    expect(matrix.getRow(2).getCell(1).value).toBe('dongsheng');

    const html = out('districts-en.html');
    const run = await runInProcess(
      ['report', '--as-of', '2023-12-31', '--by-region', '--lang', 'en', '--out', html],
      { env },
    );
    expect(run.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<a href="#districts">4. Districts</a>');
    expect(page).toContain('<th>Dongsheng District</th>');
    // Without official district figures no district is ranked, and each says why.
    expect(run.stdout).toContain('Districts: 9 regions, 0 ranked, 9 not ranked');
  });

  it('shows each measure’s one status, its unit or 未指定, the latest report, and the supervision list', async () => {
    const file = out('report-tracking.md');
    const run = await runInProcess(['report', '--as-of', '2023-12-31', '--out', file, '--json'], {
      env,
    });
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.tracking.measures.total).toBe(91);
    expect(answer.tracking.targets.total).toBe(150);
    expect(answer.tracking.supervision).toBeGreaterThan(0);
    // Demo figures never count towards an item's status, as in the API.
    const withDemo = await runInProcess(
      [
        'report',
        '--as-of',
        '2023-12-31',
        '--include-illustrative',
        '--out',
        out('demo.md'),
        '--json',
      ],
      { env },
    );
    expect(JSON.parse(withDemo.stdout).tracking).toEqual(answer.tracking);
    const markdown = readFileSync(file, 'utf8');
    const progress = markdown.slice(
      markdown.indexOf('## 六、重大项目进展'),
      markdown.indexOf('## 七、督办清单'),
    );
    expect(progress).toContain('牵头：市教育体育局基础教育科');
    expect(progress).toContain('2023 · 按计划推进');
    expect(progress).toContain('未指定');
    expect(progress).not.toContain('<script>');
    const supervision = markdown.slice(markdown.indexOf('## 七、督办清单'));
    expect(supervision).toContain('逾期未完成');
    expect(supervision).toContain('未指定');
  });

  it('refuses an output it cannot tell the format of, with exit 2', async () => {
    const run = await runInProcess(['report', '--as-of', '2023-12-31', '--out', 'report.odt'], {
      env,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('end it in .html, .md, .xlsx, .docx or .pdf');
  });

  it('closes the Ordos plan: as of 2026-06-30 the report has the final evaluation (总结评估) after the overview', async () => {
    const file = out('report-final.md');
    const run = await runInProcess(
      ['report', '--as-of', '2026-06-30', '--include-illustrative', '--out', file, '--json'],
      { env },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, plan: ordosPlan.id, region: 'ordos' });
    const md = readFileSync(file, 'utf8');
    expect(md).toContain(`${ordosPlan.title.zh}总结评估报告（含示例数据）`);
    expect(md).toContain('三、总结评估');
    expect(md).toContain('规划期已于2025-12-31结束');
    for (const word of ['期末值', '与目标差距', '完成程度', '期后数值', '已实现', '未实现'])
      expect(md).toContain(word);
    // The sections after it move down one place; the Ordos plan has no amendments to list.
    expect(md).toContain('四、主要指标完成情况');
    expect(md).not.toContain('规划调整');
  });

  it('has no final evaluation before the plan’s end', async () => {
    const file = out('report-mid.md');
    const run = await runInProcess(['report', '--as-of', '2025-06-30', '--out', file], { env });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('总结评估');
  });
});
