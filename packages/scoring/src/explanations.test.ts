import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import type { AssessInput } from './schema/assessInput.js';

/**
 * The explanations of each branch of sdsn and weather, word for word: pinned to the texts the
 * methods gave before their explanations were joined from kept pieces (the reference test pins
 * them too, by hash; these say which text changed).
 */
type Case = [string, Omit<AssessInput, 'method'>, string, { zh: string; en: string }];

const sdsnCases: Case[] = [
  [
    'yellow, on track',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 65 },
        { year: 2023, value: 86 },
      ],
      target: { year: 2025, value: 100 },
    },
    'on_track',
    {
      zh: '2023年值86在65（0分）与100（100分）之间标准化为60分，仪表盘颜色：仍有挑战。年均增长20分，到2025年达到绿色需年均20分：按期推进或保持达标。',
      en: 'The 2023 value 86 is rescaled between 65 (0) and 100 (100) to 60; dashboard colour yellow (Challenges remain). The score grows 20 points a year against 20 needed to reach green by 2025: on track or maintaining achievement.',
    },
  ],
  [
    'green, reached',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 65 },
        { year: 2023, value: 101 },
      ],
      target: { year: 2025, value: 100 },
    },
    'on_track',
    {
      zh: '2023年值101在65（0分）与100（100分）之间标准化为100分，仪表盘颜色：已实现。趋势：按期推进或保持达标。',
      en: 'The 2023 value 101 is rescaled between 65 (0) and 100 (100) to 100; dashboard colour green (Achieved). Trend: On track or maintaining achievement.',
    },
  ],
  [
    'orange, moderately improving',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 60 },
        { year: 2022, value: 70 },
      ],
      target: { year: 2025, value: 100 },
      sdsn: { red: 50, green: 100, lowerBound: 0 },
    },
    'moderately_improving',
    {
      zh: '2022年值70在0（0分）与100（100分）之间标准化为70分，仪表盘颜色：仍有较大挑战。年均增长5分，到2025年达到绿色需年均8分：温和改善。',
      en: 'The 2022 value 70 is rescaled between 0 (0) and 100 (100) to 70; dashboard colour orange (Significant challenges remain). The score grows 5 points a year against 8 needed to reach green by 2025: moderately improving.',
    },
  ],
  [
    'red, stagnating',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 40 },
        { year: 2023, value: 41 },
      ],
      target: { year: 2030, value: 100 },
      sdsn: { red: 60 },
    },
    'stagnating',
    {
      zh: '2023年值41在40（0分）与100（100分）之间标准化为1.67分，仪表盘颜色：仍有重大挑战。年均增长0.56分，到2030年达到绿色需年均10分：停滞。',
      en: 'The 2023 value 41 is rescaled between 40 (0) and 100 (100) to 1.67; dashboard colour red (Major challenges remain). The score grows 0.56 points a year against 10 needed to reach green by 2030: stagnating.',
    },
  ],
  [
    'red, decreasing, dated points',
    {
      direction: 'decrease',
      series: [
        { year: 2019, value: 30 },
        { date: '2023-06-30', value: 33.25 },
      ],
      target: { date: '2028-06-30', value: 20 },
    },
    'decreasing',
    {
      zh: '2023-06-30年值33.25在30（0分）与20（100分）之间标准化为0分，仪表盘颜色：仍有重大挑战。年均增长-9.3分，到2028-06-30年达到绿色需年均11.77分：下降。',
      en: 'The 2023-06-30 value 33.25 is rescaled between 30 (0) and 20 (100) to 0; dashboard colour red (Major challenges remain). The score grows -9.3 points a year against 11.77 needed to reach green by 2028-06-30: decreasing.',
    },
  ],
  [
    'degenerate bounds, green',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 100 },
        { year: 2023, value: 104 },
      ],
      target: { year: 2025, value: 100 },
    },
    'on_track',
    {
      zh: '2023年值104基期已达到或超过目标，按是否达到绿色阈值100计100分，仪表盘颜色：已实现。趋势：按期推进或保持达标。',
      en: 'The 2023 value 104 is the base is already at or past the target, so the score is 100 by whether green (100) is reached; dashboard colour green (Achieved). Trend: On track or maintaining achievement.',
    },
  ],
  [
    'degenerate bounds, red and decreasing',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 100 },
        { year: 2023, value: 90 },
      ],
      target: { year: 2025, value: 95 },
    },
    'decreasing',
    {
      zh: '2023年值90基期已达到或超过目标，按是否达到绿色阈值95计0分，仪表盘颜色：仍有重大挑战。趋势：下降。',
      en: 'The 2023 value 90 is the base is already at or past the target, so the score is 0 by whether green (95) is reached; dashboard colour red (Major challenges remain). Trend: Decreasing.',
    },
  ],
  [
    'one point',
    {
      direction: 'increase',
      series: [{ year: 2020, value: 65 }],
      target: { year: 2025, value: 100 },
    },
    'trend_unavailable',
    {
      zh: '2020年值65在65（0分）与100（100分）之间标准化为0分，仪表盘颜色：仍有重大挑战。只有一个数据点，无趋势信息。',
      en: 'The 2020 value 65 is rescaled between 65 (0) and 100 (100) to 0; dashboard colour red (Major challenges remain). One data point: no trend information.',
    },
  ],
  [
    'no target year',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 65 },
        { year: 2023, value: 86 },
      ],
      sdsn: { optimum: 100 },
    },
    'trend_unavailable',
    {
      zh: '2023年值86在65（0分）与100（100分）之间标准化为60分，仪表盘颜色：仍有挑战。无目标年份，无法判断趋势。',
      en: 'The 2023 value 86 is rescaled between 65 (0) and 100 (100) to 60; dashboard colour yellow (Challenges remain). No target year, so no trend arrow.',
    },
  ],
  [
    'no data by asOf',
    {
      direction: 'increase',
      series: [{ year: 2020, value: 65 }],
      target: { year: 2025, value: 100 },
      asOf: '2019-12-31',
    },
    'trend_unavailable',
    { zh: '截至2019-12-31没有数据。', en: 'No value is dated on or before 2019-12-31.' },
  ],
  [
    'no bounds',
    {
      direction: 'increase',
      series: [
        { year: 2020, value: 65 },
        { year: 2023, value: 86 },
      ],
    },
    'trend_unavailable',
    { zh: '没有目标值或最优值，无法标准化。', en: 'No target or optimum to rescale against.' },
  ],
];

describe('sdsn explanations', () => {
  it.each(sdsnCases)('%s', (_name, input, status, explanation) => {
    const result = assess({ method: 'sdsn', ...input } as AssessInput);
    expect(result.status).toBe(status);
    expect(result.explanation).toStrictEqual(explanation);
  });
});

const weatherCases: Case[] = [
  [
    'too few points',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 1 },
        { year: 2020, value: 2 },
        { year: 2021, value: 3 },
      ],
      target: { year: 2030, value: 10 },
    },
    'not_calculable',
    {
      zh: '只有3个数据点，少于4个，不作计算。',
      en: 'Only 3 data points: fewer than four, so no symbol is calculated.',
    },
  ],
  [
    'one point',
    {
      direction: 'increase',
      series: [{ year: 2019, value: 1 }],
      target: { year: 2030, value: 10 },
    },
    'not_calculable',
    {
      zh: '只有1个数据点，少于4个，不作计算。',
      en: 'Only 1 data point: fewer than four, so no symbol is calculated.',
    },
  ],
  [
    'no target, sun',
    {
      direction: 'decrease',
      series: [
        { year: 2019, value: 60 },
        { year: 2020, value: 59 },
        { year: 2021, value: 58 },
        { year: 2022, value: 57 },
        { year: 2023, value: 56 },
        { year: 2024, value: 55 },
      ],
    },
    'sun',
    {
      zh: '无目标值：近5次变化的年均变化-1，最近一次变化-1。',
      en: 'No target value: mean annual change -1 over the last 5 changes, last change -1.',
    },
  ],
  [
    'no target, thunderstorm',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 60 },
        { year: 2020, value: 59 },
        { year: 2021, value: 58.5 },
        { year: 2022, value: 58 },
        { year: 2023, value: 57 },
      ],
    },
    'thunderstorm',
    {
      zh: '无目标值：近4次变化的年均变化-0.75，最近一次变化-1。',
      en: 'No target value: mean annual change -0.75 over the last 4 changes, last change -1.',
    },
  ],
  [
    'target reached, sun',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 10 },
        { year: 2020, value: 12 },
        { year: 2021, value: 14 },
        { year: 2022, value: 16 },
      ],
      target: { year: 2030, value: 15 },
    },
    'sun',
    {
      zh: '2022年值16已达到目标（≥ 15）；近3次变化的年均变化2，未显示回落。',
      en: 'The 2022 value 16 already meets the target (≥ 15); mean annual change 2 over the last 3 changes shows no setback.',
    },
  ],
  [
    'target reached, slightly cloudy',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 17 },
        { year: 2020, value: 16.5 },
        { year: 2021, value: 16 },
        { year: 2022, value: 15.5 },
      ],
      target: { year: 2030, value: 15, comparator: 'gte' },
    },
    'slightly_cloudy',
    {
      zh: '2022年值15.5已达到目标（≥ 15）；近3次变化的年均变化-0.5，显示可能回落。',
      en: 'The 2022 value 15.5 already meets the target (≥ 15); mean annual change -0.5 over the last 3 changes points to a setback.',
    },
  ],
  [
    'thunderstorm',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 10 },
        { year: 2020, value: 9.5 },
        { year: 2021, value: 9 },
        { year: 2022, value: 8.75 },
        { year: 2023, value: 8.5 },
      ],
      target: { year: 2030, value: 15 },
    },
    'thunderstorm',
    {
      zh: '近4次变化的年均变化-0.37，未朝目标方向发展，与目标（≥ 15）的差距在扩大或未缩小。',
      en: 'The mean annual change -0.37 over the last 4 changes does not move towards the target (≥ 15): the gap is not closing.',
    },
  ],
  [
    'sun, projected to meet',
    {
      direction: 'decrease',
      series: [
        { year: 2019, value: 60 },
        { year: 2020, value: 59 },
        { year: 2021, value: 58 },
        { year: 2022, value: 57 },
        { year: 2023, value: 56 },
        { year: 2024, value: 55 },
      ],
      target: { year: 2030, value: 50 },
    },
    'sun',
    {
      zh: '近5次变化的年均变化-1，按此推算2030年为49，将达到目标（≤ 50）。',
      en: 'At the mean annual change -1 over the last 5 changes, the value reaches 49 by 2030: the target (≤ 50) would be met.',
    },
  ],
  [
    'sun, dated target',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 10 },
        { year: 2020, value: 11 },
        { year: 2021, value: 12 },
        { year: 2022, value: 13 },
      ],
      target: { date: '2027-06-30', value: 16, comparator: 'about' },
    },
    'sun',
    {
      zh: '近3次变化的年均变化1，按此推算2027-06-30年为17.5，将达到目标（≈ 16 (±0.8)）。',
      en: 'At the mean annual change 1 over the last 3 changes, the value reaches 17.5 by 2027-06-30: the target (≈ 16 (±0.8)) would be met.',
    },
  ],
  [
    'slightly cloudy',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 10 },
        { year: 2020, value: 11 },
        { year: 2021, value: 12 },
        { year: 2022, value: 13 },
      ],
      target: { year: 2030, value: 22 },
    },
    'slightly_cloudy',
    {
      zh: '近3次变化的年均变化1，按此推算2030年为21，将错过目前差距（9）的11.1%（少于5%为晴，5%–20%为晴间多云）。',
      en: 'At the mean annual change 1 over the last 3 changes, the value reaches 21 by 2030, missing 11.1% of the current gap of 9 (sun below 5%, slightly cloudy up to 20%).',
    },
  ],
  [
    'cloudy, seven points',
    {
      direction: 'increase',
      series: [
        { year: 2019, value: 5 },
        { year: 2020, value: 10 },
        { year: 2021, value: 11 },
        { year: 2022, value: 12 },
        { year: 2023, value: 12.5 },
        { year: 2024, value: 13 },
        { year: 2025, value: 13.25 },
      ],
      target: { year: 2030, value: 30, comparator: 'between', upper: 35 },
    },
    'cloudy',
    {
      zh: '近5次变化的年均变化0.65，按此推算2030年为16.5，将错过目前差距（16.75）的80.6%（少于5%为晴，5%–20%为晴间多云）。',
      en: 'At the mean annual change 0.65 over the last 5 changes, the value reaches 16.5 by 2030, missing 80.6% of the current gap of 16.75 (sun below 5%, slightly cloudy up to 20%).',
    },
  ],
];

describe('weather explanations', () => {
  it.each(weatherCases)('%s', (_name, input, status, explanation) => {
    const result = assess({ method: 'weather', ...input } as AssessInput);
    expect(result.status).toBe(status);
    expect(result.explanation).toStrictEqual(explanation);
  });
});
