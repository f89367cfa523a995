import { describe, expect, it } from 'vitest';
import { type CircularRow, circularHtml, circularMarkdown, escapeMarkdown } from './circular.js';

const row: CircularRow = {
  id: 'P07-M2',
  kind: 'measure',
  projectNumber: 7,
  status: 'overdue',
  reasons: ['overdue', 'not_updated'],
  since: '2023-01-30',
  due: '2022-12-31',
  leadUnit: 'x',
  cooperatingUnits: ['y'],
  region: null,
  laggingRegions: [],
  lastUpdate: null,
  explanation: { zh: '逾期', en: 'Overdue' },
  title: '建设<b>学校</b>',
  leadName: '"><script>alert(1)</script>',
  cooperatingNames: ['财政局 & 发改委'],
  lastReport: { period: '2023', narrative: '<img src=x onerror=alert(1)>\n第二行', reporter: 'r' },
};
const circular = {
  planTitle: '鄂尔多斯市“十四五”教育体育发展规划',
  asOf: '2024-06-01',
  rows: [row],
};

describe('the circular (通报)', () => {
  it('escapes every user-entered text in HTML', () => {
    const html = circularHtml(circular);
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('财政局 &amp; 发改委');
    expect(html).toContain('逾期未完成1项');
  });
  it('escapes Markdown and HTML in Markdown, one table row per item', () => {
    const markdown = circularMarkdown(circular);
    expect(markdown).not.toMatch(/<script>|<img|<b>/);
    expect(markdown.trim().split('\n')).toHaveLength(7);
    expect(escapeMarkdown('[a](javascript:x) | *b*')).toBe('\\[a\\]\\(javascript:x\\) \\| \\*b\\*');
  });
});
