import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml.js';
import { TEST_SECTION, testModel } from './testModel.js';

const html = renderHtml(testModel([TEST_SECTION]));

describe('renderHtml', () => {
  it('writes one self-contained page: title, banner before the first section, contents, footer', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<title>测试规划中期评估报告（含示例数据）</title>');
    expect(html.indexOf('banner demo')).toBeLessThan(html.indexOf('<section'));
    expect(html).toContain('<li><a href="#summary">一、总体情况</a></li>');
    expect(html).toContain('<footer>本报告由 plan 工具生成。 由 plan 命令行工具生成.</footer>');
    expect(html).not.toMatch(/<script|<link|<img|src=/);
  });

  it('escapes every text', () => {
    expect(html).toContain('<p>A &lt;b&gt;lead&lt;/b&gt; &amp; more</p>');
  });

  it('shows a table with its page columns only, numbers right-aligned, demo rows shaded', () => {
    expect(html).toContain(
      '<thead><tr><th>指标</th><th class="num">最新值</th><th class="num">完成进度</th><th>状态</th></tr></thead>',
    );
    expect(html).not.toContain('HYPERLINK');
    expect(html).not.toContain('合计');
    expect(html).toContain('<tr class="illustrative">');
  });

  it('puts the Chinese original, the context and the details under a cell, and tags demo figures', () => {
    expect(html).toContain(
      'Enrolment (%)<span class="sub" lang="zh-CN">学前三年入园率（%）</span><span class="sub">教育 › 学前</span>',
    );
    expect(html).toContain(
      '98.6<span class="sub">2023 · demo</span><span class="demo-tag">† 示例</span>',
    );
  });

  it('draws statuses as chips with their explanation on hover, remarks muted, parts on lines', () => {
    expect(html).toContain(
      '<td title="完成进度76.5%"><span class="chip" style="background:#2da44e">快于预期</span></td>',
    );
    expect(html).toContain('<td><span class="sub">不以指标数据判定</span></td>');
    expect(html).toContain('中职 50%<br>高职 60%');
  });

  it('writes headings, headline figures, charts with captions, lists and callouts', () => {
    expect(html).toContain('<h4>2025 (3)</h4>');
    expect(html).toContain('<b>58</b><span>已评估<span class="demo-tag">† 示例</span></span>');
    expect(html).toMatch(
      /<figure><svg [\s\S]*<\/svg><figcaption>按状态统计<span class="demo-tag">/,
    );
    expect(html).toContain('<p class="meta">表注</p>');
    expect(html).toContain('<ol><li>第一条</li><li>第二条</li></ol>');
    expect(html).toContain('<p class="banner demo">† 示例数据，非官方统计</p>');
  });
});
