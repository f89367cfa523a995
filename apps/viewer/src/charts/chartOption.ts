import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatDate, formatNumber } from '../i18n/format.js';
import type { Locale } from '../i18n/messages.js';

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export type ChartPoint = { date: string; value: number; illustrative?: boolean };

/** One line of the chart: a whole indicator, or one part of a split one (中职, 高职). */
export type ChartTrack = {
  label?: string | undefined;
  baseline?: number | undefined;
  target?: number | undefined;
  observations: ChartPoint[];
  projection?: { from: ChartPoint; to: ChartPoint } | undefined;
  benchmark?: { baseline?: number | undefined; target?: number | undefined } | undefined;
  /** The range a band indicator aims for (职普比例: 40–50), shaded */
  band?: { lower: number; upper: number } | undefined;
  /** The linked indicator's observations under the predecessor plan (succession), drawn before */
  predecessor?: ChartPoint[] | undefined;
};

export type ChartInput = {
  locale: Locale;
  labels: {
    path: string;
    observed: string;
    illustrative: string;
    projection: string;
    benchmark: string;
    asOf: string;
    band: string;
    /** Names the predecessor plan's observations, when a track has them */
    predecessor?: string | undefined;
  };
  unit: string;
  baselineDate: string;
  targetDate: string;
  asOf: string;
  tracks: ChartTrack[];
};

const COLOURS = [
  { observed: '#0b5cad', path: '#57606a', projection: '#8250df' },
  { observed: '#1a7f37', path: '#8c959f', projection: '#bf3989' },
];
const BENCHMARK = '#9a6700';
const PREDECESSOR = '#6e7781';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const time = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/**
 * The ECharts option of an indicator's chart: the straight path from baseline
 * to target (dashed), the observations (official filled; illustrative hollow
 * and named 示例数据 in the legend), the projection to the target year
 * (dotted), the benchmark region's baseline and target (diamonds), the
 * linked indicator's values under the predecessor plan (grey, before), and a
 * line at the as-of date.
 */
export function chartOption(input: ChartInput): ChartOption {
  const { locale, labels } = input;
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [];
  const multi = input.tracks.length > 1;
  input.tracks.forEach((track, index) => {
    const colours = COLOURS[index % COLOURS.length] ?? COLOURS[0];
    const suffix = multi && track.label ? ` · ${track.label}` : '';
    if (track.baseline !== undefined && track.target !== undefined) {
      const band = track.band;
      series.push({
        ...(band
          ? {
              markArea: {
                silent: true,
                itemStyle: { color: 'rgba(45, 164, 78, 0.10)' },
                label: { color: '#116329', position: 'insideTopLeft' },
                data: [
                  [
                    { name: labels.band, yAxis: band.lower, xAxis: time(input.baselineDate) },
                    { yAxis: band.upper, xAxis: time(input.targetDate) },
                  ],
                ],
              },
            }
          : {}),
        type: 'line',
        name: `${labels.path}${suffix}`,
        data: [
          [time(input.baselineDate), track.baseline],
          [time(input.targetDate), track.target],
        ],
        lineStyle: { type: 'dashed', width: 2, color: colours?.path },
        itemStyle: { color: colours?.path },
        symbol: 'rect',
        symbolSize: 7,
        z: 1,
        clip: false,
      });
    }
    const earlier = track.predecessor ?? [];
    if (earlier.length > 0) {
      // The same measure under the predecessor plan: grey, so it reads as another plan's.
      series.push({
        type: 'line',
        name: `${labels.predecessor ?? ''}${suffix}`,
        data: earlier.map((point) => [time(point.date), point.value]),
        lineStyle: { width: 2, color: PREDECESSOR },
        itemStyle: { color: PREDECESSOR },
        symbol: 'circle',
        symbolSize: 7,
        z: 2,
        clip: false,
      });
    }
    const official = track.observations.filter((point) => !point.illustrative);
    const illustrative = track.observations.filter((point) => point.illustrative);
    if (official.length > 0) {
      series.push({
        type: 'line',
        name: `${labels.observed}${suffix}`,
        data: official.map((point) => [time(point.date), point.value]),
        lineStyle: { width: 3, color: colours?.observed },
        itemStyle: { color: colours?.observed },
        symbol: 'circle',
        symbolSize: 9,
        z: 3,
        clip: false,
      });
    }
    if (illustrative.length > 0) {
      // Illustrative figures join the last official one before them, so the line reads on.
      const lead = official.filter((point) => point.date < (illustrative[0]?.date ?? '')).at(-1);
      series.push({
        type: 'line',
        name: `${labels.observed}${locale === 'zh' ? `（${labels.illustrative}）` : ` (${labels.illustrative})`}${suffix}`,
        data: [...(lead ? [lead] : []), ...illustrative].map((point) => [
          time(point.date),
          point.value,
        ]),
        lineStyle: { width: 2, type: [6, 3], color: colours?.observed },
        itemStyle: { color: colours?.observed, borderWidth: 2 },
        symbol: 'emptyCircle',
        symbolSize: 9,
        z: 3,
        clip: false,
      });
    }
    if (track.projection) {
      series.push({
        type: 'line',
        name: `${labels.projection}${suffix}`,
        data: [track.projection.from, track.projection.to].map((point) => [
          time(point.date),
          point.value,
        ]),
        lineStyle: { type: 'dotted', width: 2, color: colours?.projection },
        itemStyle: { color: colours?.projection },
        symbol: 'triangle',
        symbolSize: 8,
        z: 2,
        clip: false,
      });
    }
    const bench = track.benchmark;
    if (bench && (bench.baseline !== undefined || bench.target !== undefined)) {
      series.push({
        type: 'scatter',
        name: `${labels.benchmark}${suffix}`,
        data: [
          ...(bench.baseline !== undefined ? [[time(input.baselineDate), bench.baseline]] : []),
          ...(bench.target !== undefined ? [[time(input.targetDate), bench.target]] : []),
        ],
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: BENCHMARK },
        z: 2,
        clip: false,
      });
    }
  });
  // The as-of date, drawn on the first series so it shows whatever else there is.
  const first = series[0];
  if (first) {
    first.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#cf222e', type: 'solid', width: 1 },
      label: { formatter: `${labels.asOf} ${formatDate(input.asOf, locale)}`, color: '#cf222e' },
      data: [{ xAxis: time(input.asOf) }],
    };
  }
  // Yearly values stand at the end of their year, so the axis ticks fall on 31 December.
  const dates = [
    input.targetDate,
    input.asOf,
    ...input.tracks.flatMap((track) => track.observations.map((point) => point.date)),
  ];
  const lastYear = Math.max(...dates.map((date) => Number(date.slice(0, 4))));
  const endYear = lastYear > Number(input.targetDate.slice(0, 4)) ? lastYear : undefined;
  const bands = input.tracks.flatMap((track) => (track.band ? [track.band] : []));
  const bandUpper = bands.length > 0 ? Math.max(...bands.map((band) => band.upper)) : undefined;
  const bandLower = bands.length > 0 ? Math.min(...bands.map((band) => band.lower)) : undefined;
  // The predecessor plan's values widen the axis back to the end of the year before the first.
  const earliest = input.tracks.flatMap((track) => (track.predecessor ?? []).map((p) => p.date));
  const firstYear = Math.min(
    Number(input.baselineDate.slice(0, 4)),
    ...earliest.map((date) => Number(date.slice(0, 4)) - (date.endsWith('-12-31') ? 0 : 1)),
  );
  const min = time(`${firstYear}-12-31`);
  const max = endYear ? time(`${endYear}-12-31`) : time(input.targetDate);
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: {
      fontFamily:
        '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    },
    // Room for the legend: one row per four series or so.
    grid: { left: 64, right: 40, top: 40 + 26 * Math.ceil(series.length / 4), bottom: 40 },
    legend: { top: 0, type: 'plain', itemGap: 16 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const item = params as { seriesName: string; value: [number, number] };
        const date = new Date(item.value[0]).toISOString().slice(0, 10);
        return `${item.seriesName}<br/>${formatDate(date, locale)}: <b>${formatNumber(item.value[1], locale)}</b> ${input.unit}`;
      },
    },
    xAxis: {
      type: 'value',
      min,
      max,
      interval: YEAR,
      axisLabel: {
        // A tick near 31 December of year Y reads "Y".
        formatter: (value: number) => String(new Date(value + 2 * DAY).getUTCFullYear() - 1),
      },
      splitLine: { show: true, lineStyle: { color: '#eaeef2' } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      // A shaded band stays in view: the axis reaches its ends.
      ...(bandUpper !== undefined
        ? {
            max: (extent: { max: number }) => Math.max(extent.max, bandUpper),
            min: (extent: { min: number }) => Math.min(extent.min, bandLower ?? extent.min),
          }
        : {}),
      name: input.unit,
      axisLabel: { formatter: (value: number) => formatNumber(value, locale) },
    },
    series,
  };
}
