import { describe, expect, it } from 'vitest';
import { horizontalBarChart } from './horizontalBarChart.js';
import { progressChart } from './progressChart.js';
import { stackedBarChart } from './stackedBarChart.js';

const wellFormed = (svg: string) => {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/href=|<script|url\(/);
  expect(svg).not.toContain('NaN');
};

describe('horizontalBarChart', () => {
  it('draws one bar per label, longest for the largest value, with a title', () => {
    const svg = horizontalBarChart(
      [
        { label: '快于预期', value: 20, colour: '#2da44e' },
        { label: '滞后', value: 5, colour: '#e16f24' },
      ],
      { title: '按状态计数' },
    );
    wellFormed(svg);
    expect(svg).toContain('<title>按状态计数</title>');
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths[0]).toBeGreaterThan(widths[1] as number);
  });

  it('escapes text, so a label cannot break out of the SVG', () => {
    const svg = horizontalBarChart([{ label: '<b>&"', value: 1, colour: '#000' }], { title: 't' });
    expect(svg).toContain('&lt;b&gt;&amp;&quot;');
  });

  it('draws nothing wrong for all-zero values', () => {
    wellFormed(horizontalBarChart([{ label: 'a', value: 0, colour: '#000' }], { title: 't' }));
  });
});

describe('stackedBarChart', () => {
  it('splits a row in proportion and lists every segment in the legend', () => {
    const svg = stackedBarChart(
      [
        {
          label: 'time-progress',
          segments: [
            { key: 'a', label: '快于预期', value: 3, colour: '#2da44e' },
            { key: 'b', label: '滞后', value: 1, colour: '#e16f24' },
          ],
        },
      ],
      { title: '方法比较', width: 640 },
    );
    wellFormed(svg);
    expect(svg).toContain('>快于预期</text>');
    expect(svg).toContain('>滞后</text>');
  });
});

describe('progressChart', () => {
  it('draws the completion bar and the time-progress tick, clipping beyond 150%', () => {
    const svg = progressChart(
      [
        {
          label: '学前三年入园率',
          completion: 0.8,
          timeProgress: 0.6,
          colour: '#2da44e',
          note: '快于预期',
        },
        {
          label: '体育公园',
          completion: 3,
          timeProgress: 0.6,
          colour: '#116329',
          note: '提前实现',
        },
        {
          label: '无数据',
          completion: null,
          timeProgress: null,
          colour: '#8c959f',
          note: '无数据',
        },
      ],
      { title: '完成进度与时序进度', axisLabel: '完成进度（条）与时序进度（竖线）' },
    );
    wellFormed(svg);
    expect(svg).toContain('▸');
    expect(svg.match(/stroke="#1f2328"/g)).toHaveLength(2);
  });
});
