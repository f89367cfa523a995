import type { ReportModel, Section } from './reportModel.types.js';

/** A small report model for the renderers' tests: one section of each kind of block. */
export function testModel(sections: Section[]): ReportModel {
  return {
    lang: 'zh',
    title: '测试规划中期评估报告（含示例数据）',
    subtitle: '规划年度执行情况监测和中期评估',
    meta: '评估截至 2023-12-31 · 评估地区 鄂尔多斯市 · 规划期 2021–2025',
    banner: { text: '示例数据：本报告含示例数据', illustrative: true },
    chartsElsewhere: '（图表见 HTML 版。）',
    words: {
      contents: '目录',
      illustrativeTag: '示例',
      listSeparator: '，',
      itemSeparator: '；',
      aboutSheet: '说明',
    },
    sections,
    notes: ['完成进度 = …', '状态：…'],
    footer: '本报告由 plan 工具生成。',
    generatedBy: '由 plan 命令行工具生成',
    asOf: '2023-12-31',
    cover: {
      title: '测试规划中期评估报告（含示例数据）',
      lines: [{ label: '填报单位', value: '（未填写）', missing: true }],
    },
  };
}

/** One section with a table of every kind of cell, a chart, a list and a callout. */
export const TEST_SECTION: Section = {
  id: 'summary',
  heading: '一、总体情况',
  blocks: [
    { kind: 'paragraph', text: 'A <b>lead</b> & more' },
    {
      kind: 'kpis',
      items: [
        { value: '61', label: '指标总数', illustrative: false },
        { value: '58', label: '已评估', illustrative: true },
      ],
    },
    { kind: 'heading', level: 4, text: '2025 (3)' },
    {
      kind: 'table',
      table: {
        sheet: '总体情况',
        columns: [
          { header: '指标', width: 40 },
          { header: '最新值', numeric: true },
          { header: '完成进度', numeric: true, percent: true },
          { header: '状态' },
          { header: 'id', only: ['xlsx'] },
          { header: '类别', only: ['md'] },
        ],
        rows: [
          {
            illustrative: true,
            cells: [
              { text: 'Enrolment (%)', original: '学前三年入园率（%）', context: '教育 › 学前' },
              { text: '98.6', detail: ['2023', 'demo'], illustrative: true },
              { text: '76.5%', value: 0.765 },
              { text: '快于预期', colour: '#2da44e', hint: '完成进度76.5%' },
              { text: '=HYPERLINK("x")' },
              { text: '教育 › 学前' },
            ],
          },
          {
            cells: [
              { text: 'Split (%)' },
              { text: '—', value: null },
              {
                text: '中职 50% / 高职 60%',
                items: { as: 'lines', cells: [{ text: '中职 50%' }, { text: '高职 60%' }] },
              },
              { text: '不以指标数据判定', muted: true },
              { text: 'split' },
              { text: '教育' },
            ],
          },
          { only: ['xlsx'], cells: [{ text: '合计' }, { text: '2', value: 2 }] },
        ],
      },
    },
    {
      kind: 'figure',
      caption: '按状态统计',
      illustrative: true,
      chart: { kind: 'bars', bars: [{ label: '快于预期', value: 1, colour: '#2da44e' }] },
    },
    { kind: 'paragraph', text: '表注', muted: true },
    { kind: 'list', items: ['第一条', '第二条'] },
    { kind: 'callout', text: '† 示例数据，非官方统计' },
  ],
};
