import { describe, expect, it } from 'vitest';
import { htmlText, latinSentences } from './latinSentences.js';

describe('latinSentences', () => {
  it('passes codes, units, abbreviations and allowed names inside Chinese text', () => {
    const text = [
      '原文第694行 T-P06-M2-1（statistics-bureau）：≤55.5%，较上年+3.2 pp',
      '时序进度法、Open SDG 进展法（sdg-build）、SDSN 仪表盘法、GB/T 9704',
      '由 plan 命令行工具生成；来源“demo”；面积 3.0 m²',
      'time-progress\nopen-sdg\nweather\nsdsn',
    ].join('\n');
    expect(latinSentences(text)).toEqual([]);
  });

  it('flags an English sentence between Chinese text, with its context', () => {
    const found = latinSentences('一致性：The table prints 56 for 2025. 其余一致');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('The table prints 56 for 2025.');
    expect(found[0]?.context).toContain('一致性');
  });

  it('flags two English words, not one', () => {
    expect(latinSentences('状态：behind schedule')).toHaveLength(1);
    expect(latinSentences('状态：behind')).toEqual([]);
  });

  it('reads the text a reader sees in HTML: no styles, markup or entities', () => {
    const html =
      '<style>body { font: 14px sans-serif }</style><p title="x">指标 &amp; 数值</p><svg><text>图例</text></svg>';
    const text = htmlText(html);
    expect(text).not.toContain('font');
    expect(text).toContain('指标 & 数值');
    expect(latinSentences(text)).toEqual([]);
  });
});
