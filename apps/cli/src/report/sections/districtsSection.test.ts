import { ordosPlan, type Plan } from '@plan/indicators';
import { parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../_lib/localize.js';
import { buildReportModel } from '../buildReportModel.js';
import { renderHtml } from '../renderHtml.js';
import { renderMarkdown } from '../renderMarkdown.js';
import { renderXlsx } from '../renderXlsx.js';
import type { Block, Table } from '../reportModel.types.js';
import { reportText } from '../reportText.js';
import { testDistrictReport } from '../testDistricts.js';
import { testReport } from '../testReport.js';
import { districtsSection } from './districtsSection.js';

const fixturePlan = parsePlan(fixturePlanFile).plan;

function sectionOf(
  plan: Readonly<Plan>,
  lang: Lang,
  options: Parameters<typeof testDistrictReport>[1] = {},
) {
  const report = { ...testReport({ lang }), plan, districts: testDistrictReport(plan, options) };
  return districtsSection({ report, t: reportText(lang) });
}

const tables = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const texts = (blocks: Block[]) =>
  blocks.flatMap((block) =>
    block.kind === 'paragraph' || block.kind === 'heading' ? [block.text] : [],
  );
const bySheet = (blocks: Block[], sheet: string) =>
  tables(blocks).find((table) => table.sheet === sheet) as Table;

describe('districtsSection', () => {
  it('compares the fixture plan’s regions under its subject region, by their names, nothing of Ordos', () => {
    const section = sectionOf(fixturePlan, 'zh');
    expect(section.id).toBe('districts');
    expect(section.heading).toBe('区域比较');
    const [lead, basis] = texts(section.blocks);
    expect(lead).toContain('比较虚构市所辖虚构市东区，虚构市西县');
    expect(lead).toContain('“无本地区基期值”');
    expect(lead).toContain('“采用全市目标”');
    expect(basis).toBe(reportText('zh').districtsApproved);
    expect(JSON.stringify(section)).not.toMatch(/鄂尔多斯|东胜|ordos/);
  });

  it('writes the matrix with an indicator a row and a region a column: status, value, completion against time', () => {
    const section = sectionOf(fixturePlan, 'zh');
    const [matrix] = tables(section.blocks);
    expect(matrix?.only).toEqual(['html', 'md']);
    expect(matrix?.columns.map((column) => column.header)).toEqual([
      '指标',
      '虚构市东区',
      '虚构市西县',
    ]);
    // The subject-only indicator is not a row: it is named below the matrix instead.
    expect(matrix?.rows).toHaveLength(fixturePlan.indicators.length - 1);
    const [first, second] = matrix?.rows ?? [];
    expect(first?.cells[0]?.text).toBe(fixturePlan.indicators[1]?.printed);
    expect(first?.cells[1]).toMatchObject({
      text: '滞后',
      colour: expect.any(String),
      detail: ['12.5 (2027)', '35% / 60%', '较2027-12-31 +1.5'],
      hint: '采用全市目标',
    });
    // Without its own base-year value a district is not judged, and the cell says why.
    expect(first?.cells[2]).toMatchObject({ text: '无数据', detail: ['无本地区基期值'] });
    expect(second?.cells[1]?.detail).toContain('本地区目标');
    expect(texts(section.blocks)).toContain(
      `全市层面指标，不分地区评价：${fixturePlan.indicators[0]?.printed}。`,
    );
  });

  it('keeps every cell in a long workbook sheet with ids, target basis and the data flags', () => {
    const section = sectionOf(fixturePlan, 'zh', { illustrative: true, submitted: true });
    const sheet = bySheet(section.blocks, '区域指标矩阵');
    expect(sheet.only).toEqual(['xlsx']);
    expect(sheet.rows).toHaveLength(2 * fixturePlan.indicators.length);
    const east = sheet.rows[1];
    expect(east?.illustrative).toBe(true);
    expect(east?.cells.map((cell) => cell.value ?? cell.text)).toEqual([
      'fixture-east-district',
      '虚构市东区',
      fixturePlan.indicators[1]?.id,
      fixturePlan.indicators[1]?.printed,
      '滞后',
      12.5,
      '2027-12-31',
      0.35,
      0.6,
      '采用全市目标',
      1.5,
      '是',
      '是',
    ]);
    const cityOnly = sheet.rows[0];
    expect(cityOnly?.cells[4]?.text).toBe('全市指标，不分地区评价');
    expect(cityOnly?.cells[7]?.value).toBe(null);
  });

  it('marks a figure not yet approved ‡ and says the data includes submitted figures', () => {
    const section = sectionOf(fixturePlan, 'zh', { includeSubmitted: true, submitted: true });
    expect(texts(section.blocks)[1]).toContain('含下辖地区已报送、尚待审核的数值');
    const [matrix] = tables(section.blocks);
    expect(matrix?.rows[0]?.cells[1]?.detail).toContain('‡ 待审核');
  });

  it('ranks with the method sentence and leaves a region without enough data unranked, saying why', () => {
    const section = sectionOf(fixturePlan, 'zh');
    expect(texts(section.blocks)).toContain('综合得分为各项已评价指标状态分值的加权平均。');
    const ranking = bySheet(section.blocks, '区域排名');
    expect(ranking.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['1', '虚构市东区', '72.5', String(fixturePlan.indicators.length - 1), '0', '100%', ''],
      [
        '—',
        '虚构市西县',
        '—',
        '0',
        String(fixturePlan.indicators.length - 1),
        '0%',
        '数据覆盖率0%，低于80%，不排名',
      ],
    ]);
    // Equal weights are said in a sentence; the workbook keeps them one per indicator.
    expect(texts(section.blocks)).toContain(
      `各项指标权重相同（均为1，共${fixturePlan.indicators.length - 1}项）。`,
    );
    expect(bySheet(section.blocks, '排名权重').only).toEqual(['xlsx']);
    expect(section.blocks.some((block) => block.kind === 'figure')).toBe(true);
  });

  it('gives reporting completeness per region and year as reported/expected with the rate', () => {
    const section = sectionOf(fixturePlan, 'zh');
    const completeness = bySheet(section.blocks, '报送完整性');
    expect(completeness.columns.map((column) => column.header)).toEqual([
      '地区',
      '2026',
      '2027',
      '报告率',
    ]);
    const n = fixturePlan.indicators.length - 1;
    expect(completeness.rows[0]?.cells.map((cell) => [cell.text, cell.value])).toEqual([
      ['虚构市东区', undefined],
      [`0/${n}`, 0],
      [`${n}/${n}`, 1],
      ['50%', 0.5],
    ]);
  });

  it('lists values off their own trend for review and counts that do not add up, never replaced', () => {
    const section = sectionOf(fixturePlan, 'zh');
    const outliers = bySheet(section.blocks, '异常值');
    expect(outliers.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      '虚构市东区',
      fixturePlan.indicators[1]?.printed,
      '2027-12-31',
      '12.5',
      '3.2',
      '远高于本地区趋势值',
    ]);
    const additive = bySheet(section.blocks, '加总核对');
    expect(additive.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      fixturePlan.indicators[2]?.printed,
      '2027-12-31',
      '12.5',
      '20',
      '1/2',
      '不一致',
    ]);
  });

  it('is written in English with the Chinese names beside', () => {
    const section = sectionOf(ordosPlan, 'en');
    expect(section.heading).toBe('Districts');
    const [lead] = texts(section.blocks);
    expect(lead).toContain('Dongsheng');
    expect(lead).toContain('"city target applied"');
    const [matrix] = tables(section.blocks);
    expect(matrix?.columns).toHaveLength(1 + 9);
    expect(matrix?.rows[0]?.cells[0]?.original).toBe(ordosPlan.indicators[1]?.printed);
    expect(matrix?.rows[0]?.cells[1]?.text).toBe('Behind schedule');
    expect(tables(section.blocks).map((table) => table.sheet)).toEqual([
      undefined,
      'District matrix',
      'District ranking',
      'Ranking weights',
      'Reporting completeness',
      'Outliers',
      'Additive checks',
    ]);
    expect(texts(section.blocks)).toContain(
      'Review: approved figures only; figures a district submitted that are not yet approved are left out.',
    );
  });

  it('says so when the plan has no regions under its subject region', () => {
    const report = {
      ...testReport(),
      districts: { ...testDistrictReport(fixturePlan), regions: [] },
    };
    expect(districtsSection({ report, t: reportText('zh') }).blocks).toEqual([
      { kind: 'paragraph', text: reportText('zh').noDistricts },
    ]);
  });
});

describe('the district section in the three formats', () => {
  const modelOf = (lang: Lang) =>
    buildReportModel({
      ...testReport({ lang, includeIllustrative: true }),
      districts: testDistrictReport(ordosPlan, { illustrative: true }),
    });

  it('is numbered after the main indicators, in the contents of the HTML, with chips and demo tags', () => {
    const html = renderHtml(modelOf('zh'));
    expect(html).toContain('<li><a href="#districts">三、区域比较</a></li>');
    expect(html).toContain('<h3>地区 × 指标矩阵</h3>');
    expect(html).toContain('<th>东胜区</th>');
    expect(html).toMatch(
      /<td title="采用全市目标"><span class="chip" style="background:#e16f24">滞后<\/span><span class="sub">12\.5 \(2022\) · 35% \/ 60% · 较2022-12-31 \+1\.5<\/span><span class="demo-tag">† 示例<\/span><\/td>/,
    );
    expect(html).toContain('数据覆盖率0%，低于80%，不排名');
    expect(html.indexOf('id="districts"')).toBeLessThan(html.indexOf('id="methods"'));
  });

  it('writes the matrix, ranking and completeness as Markdown tables in English', () => {
    const markdown = renderMarkdown(modelOf('en'));
    expect(markdown).toContain('## 3. Districts');
    expect(markdown).toMatch(/\| Indicator +\| Dongsheng District/);
    expect(markdown).toMatch(
      /Behind schedule \(12\.5 \(2022\), 35% \/ 60%, \+1\.5 since 2022-12-31\) † illustrative/,
    );
    expect(markdown).toContain('### Reporting completeness');
    expect(markdown).toContain('coverage 0%, below 80%: not ranked');
  });

  it('adds its sheets to the workbook, shares as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderXlsx(modelOf('zh'))) as never);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(names.indexOf('主要指标') + 1, names.indexOf('方法比较'))).toEqual([
      '区域指标矩阵',
      '区域排名',
      '排名权重',
      '报送完整性',
      '异常值',
      '加总核对',
    ]);
    const matrix = workbook.getWorksheet('区域指标矩阵') as ExcelJS.Worksheet;
    expect(matrix.rowCount).toBe(1 + 9 * ordosPlan.indicators.length);
    expect(matrix.getRow(3).getCell(8).value).toBe(0.35);
    expect(matrix.getColumn(8).numFmt).toBe('0.0%');
  });
});
