import { describe, expect, it } from 'vitest';
import { type ChartInput, chartOption } from './chartOption.js';

const input: ChartInput = {
  locale: 'zh',
  labels: {
    path: '直线路径',
    observed: '观测值',
    illustrative: '示例数据',
    projection: '趋势外推',
    benchmark: '内蒙古自治区',
    asOf: '评估日期',
    band: '目标区间',
  },
  unit: '%',
  baselineDate: '2020-12-31',
  targetDate: '2025-12-31',
  asOf: '2024-06-30',
  tracks: [
    {
      baseline: 98.5,
      target: 99,
      observations: [
        { date: '2020-12-31', value: 98.5, illustrative: false },
        { date: '2021-12-31', value: 98.6, illustrative: true },
        { date: '2022-12-31', value: 98.7, illustrative: true },
      ],
      projection: {
        from: { date: '2022-12-31', value: 98.7 },
        to: { date: '2025-12-31', value: 98.9 },
      },
      benchmark: { baseline: 94.4, target: 95 },
    },
  ],
};

const seriesOf = (option: ReturnType<typeof chartOption>) =>
  (option.series ?? []) as {
    name: string;
    symbol?: string;
    data: [number, number][];
    markLine?: unknown;
  }[];

describe('chartOption', () => {
  it('draws the straight path from baseline to target', () => {
    const path = seriesOf(chartOption(input)).find((series) => series.name === '直线路径');
    expect(path?.data).toEqual([
      [Date.UTC(2020, 11, 31), 98.5],
      [Date.UTC(2025, 11, 31), 99],
    ]);
  });

  it('names illustrative observations as such, with hollow markers, apart from official ones', () => {
    const series = seriesOf(chartOption(input));
    const official = series.find((item) => item.name === '观测值');
    const illustrative = series.find((item) => item.name === '观测值（示例数据）');
    expect(official?.data).toEqual([[Date.UTC(2020, 11, 31), 98.5]]);
    expect(illustrative?.symbol).toBe('emptyCircle');
    // joined to the last official value, so the line reads on
    expect(illustrative?.data.map(([, value]) => value)).toEqual([98.5, 98.6, 98.7]);
  });

  it('draws the projection and the benchmark region', () => {
    const names = seriesOf(chartOption(input)).map((series) => series.name);
    expect(names).toEqual(['直线路径', '观测值', '观测值（示例数据）', '趋势外推', '内蒙古自治区']);
  });

  it('marks the as-of date', () => {
    const [first] = seriesOf(chartOption(input));
    expect(JSON.stringify(first?.markLine)).toContain(String(Date.UTC(2024, 5, 30)));
  });

  it('suffixes each series with its part for a split indicator', () => {
    const split = chartOption({
      ...input,
      tracks: [
        { label: '中职', baseline: 58, target: 60, observations: [] },
        { label: '高职', baseline: 40, target: 70, observations: [] },
      ],
    });
    expect(seriesOf(split).map((series) => series.name)).toEqual([
      '直线路径 · 中职',
      '直线路径 · 高职',
    ]);
  });

  it('shades the target band of a band indicator', () => {
    const banded = chartOption({
      ...input,
      tracks: [{ baseline: 35, target: 40, observations: [], band: { lower: 40, upper: 50 } }],
    });
    const [path] = seriesOf(banded) as { markArea?: { data: { yAxis: number }[][] } }[];
    expect(path?.markArea?.data[0]?.map((corner) => corner.yAxis)).toEqual([40, 50]);
  });

  it('stretches the axis past the target year when the as-of date lies beyond it', () => {
    const late = chartOption({ ...input, asOf: '2026-11-28' });
    expect((late.xAxis as { max: number }).max).toBe(Date.UTC(2026, 11, 31));
  });
});
