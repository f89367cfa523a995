import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown.js';
import { TEST_SECTION, testModel } from './testModel.js';

const markdown = renderMarkdown(testModel([TEST_SECTION]));
const lines = markdown.split('\n');

describe('renderMarkdown', () => {
  it('opens with the title, the meta lines, the cover, the banner and a pointer to the charts', () => {
    expect(lines.slice(0, 11)).toEqual([
      '# 测试规划中期评估报告（含示例数据）',
      '',
      '规划年度执行情况监测和中期评估  ',
      '评估截至 2023-12-31 · 评估地区 鄂尔多斯市 · 规划期 2021–2025',
      '',
      // The cover's lines: a reporting unit not given is said to be so, never made up.
      '- 填报单位：（未填写）',
      '',
      '> **示例数据：本报告含示例数据**',
      '',
      '（图表见 HTML 版。）',
      '',
    ]);
    expect(markdown.endsWith('---\n\n本报告由 plan 工具生成。\n')).toBe(true);
  });

  it('writes the headline figures as a one-row table, demo figures marked', () => {
    expect(markdown).toMatch(/\| +61 \| 58 † 示例 \|/);
  });

  it('writes a table with its Markdown columns: original after a dash, details in brackets, the demo mark', () => {
    const row = lines.find((line) => line.startsWith('| Enrolment')) ?? '';
    expect(row.replace(/ +/g, ' ')).toBe(
      '| Enrolment (%) — 学前三年入园率（%） | 98.6 (2023, demo) † 示例 | 76.5% | 快于预期 | 教育 › 学前 |',
    );
    expect(markdown).toContain('中职 50% / 高职 60%');
    expect(markdown).not.toContain('HYPERLINK');
    expect(markdown).not.toContain('合计');
  });

  it('leaves charts out and writes lists and callouts', () => {
    expect(markdown).not.toContain('按状态统计');
    expect(markdown).toContain('#### 2025 (3)');
    expect(markdown).toContain('1. 第一条\n2. 第二条');
    expect(markdown).toContain('> **† 示例数据，非官方统计**');
  });
});
