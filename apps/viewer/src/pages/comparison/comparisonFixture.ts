import { statusLabels } from '@plan/scoring';
import type { ComparisonAnswer, MatrixCell } from './comparison.types.js';

// A comparison of the Ordos plan's nine 旗区 as the API answers it, for the
// page's tests: invented figures (never the plan's), chosen so every part
// shows: a district without a baseline, a city-only indicator, the city's
// target applied, an unranked district, a low reporting rate, a figure to
// review and a count that does not add up.

const DISTRICTS = [
  'dongsheng',
  'kangbashi',
  'dalad',
  'jungar',
  'otog-front',
  'otog',
  'hanggin',
  'uxin',
  'ejin-horo',
] as const;

// The time-progress labels of @plan/scoring, as the API writes them into each cell.
const labels: Record<string, { zh: string; en: string }> = Object.fromEntries(
  Object.entries(statusLabels['time-progress']).map(([status, entry]) => [status, entry.label]),
);

const cell = (indicatorId: string, fields: Partial<MatrixCell>): MatrixCell => {
  const status = fields.status ?? 'no_data';
  return {
    indicatorId,
    status,
    label: labels[status] ?? { zh: status, en: status },
    value: null,
    date: null,
    completion: null,
    timeElapsed: 0.7,
    baseline: status === 'no_data' ? 'missing' : 'region',
    target: 'subject-target',
    change: null,
    previousStatus: null,
    ...fields,
  };
};

/** Preschool enrolment by district: on track, ahead, behind … and 康巴什区 without a district baseline. */
const preschool: Record<(typeof DISTRICTS)[number], Partial<MatrixCell>> = {
  dongsheng: { status: 'ahead', value: 99.1, completion: 0.92, change: 0.3 },
  kangbashi: { status: 'no_data' },
  dalad: { status: 'on_track', value: 97.2, completion: 0.7, change: 0.1 },
  jungar: { status: 'behind', value: 95.4, completion: 0.41, change: -0.6 },
  'otog-front': { status: 'on_track', value: 96.8, completion: 0.69 },
  otog: { status: 'achieved', value: 99.6, completion: 1 },
  hanggin: { status: 'regressing', value: 93.9, completion: -0.2, change: -1.2 },
  uxin: { status: 'no_data' },
  'ejin-horo': { status: 'ahead', value: 98.8, completion: 0.85, target: 'region-target' },
};

/** Myopia (lower is better), judged for every district. */
const myopia: Record<(typeof DISTRICTS)[number], Partial<MatrixCell>> = {
  dongsheng: { status: 'behind', value: 57.5, completion: 0.3 },
  kangbashi: { status: 'on_track', value: 55.1, completion: 0.72 },
  dalad: { status: 'ahead', value: 53.2, completion: 0.9 },
  jungar: { status: 'achieved', value: 52, completion: 1 },
  'otog-front': { status: 'behind', value: 58.2, completion: 0.2 },
  otog: { status: 'on_track', value: 55.9, completion: 0.7 },
  hanggin: { status: 'behind', value: 57.9, completion: 0.25 },
  uxin: { status: 'no_data' },
  'ejin-horo': { status: 'on_track', value: 55.4, completion: 0.75 },
};

/** The answer of GET /api/v1/comparison for the Ordos plan (time progress, as of 2024-06-30). */
export function comparisonAnswer(): ComparisonAnswer {
  return {
    planId: 'ordos-2021-2025',
    subjectRegion: 'ordos',
    asOf: '2024-06-30',
    previousAsOf: '2023-06-30',
    method: 'time-progress',
    timeElapsed: 0.7,
    // The API names the regions as the plan does.
    regions: DISTRICTS.map((id) => ({
      id,
      name: names[id],
      level: id === 'dongsheng' || id === 'kangbashi' ? 'district' : 'banner',
      divisionCode: null,
    })),
    indicators: [
      'preschool-enrolment-rate',
      'student-myopia-rate',
      'quality-balanced-counties-share',
      'national-sports-parks',
    ],
    matrix: DISTRICTS.map((region) => ({
      region,
      cells: [
        cell('preschool-enrolment-rate', {
          ...preschool[region],
          date: preschool[region].value === undefined ? null : '2023-12-31',
        }),
        cell('student-myopia-rate', {
          ...myopia[region],
          date: myopia[region].value === undefined ? null : '2023-12-31',
        }),
        cell('quality-balanced-counties-share', {
          notJudged: 'subject-only',
          target: 'none',
          baseline: 'missing',
        }),
        cell('national-sports-parks', {
          status: region === 'uxin' ? 'no_data' : 'on_track',
          value: region === 'uxin' ? null : 1,
          completion: region === 'uxin' ? null : 0.7,
        }),
      ],
    })),
    ranking: {
      method: {
        zh: '综合得分 = 各指标完成进度（封顶 100%）按权重加权平均；已判断指标少于 60% 的旗区不排名。',
        en: 'Score = the weighted mean of the indicators’ completion (capped at 100 %); a district judged on fewer than 60 % of the indicators is not ranked.',
      },
      points: { achieved: 100, ahead: 100, on_track: 75, behind: 40, regressing: 0 },
      coverageFloor: 0.6,
      weights: {
        'preschool-enrolment-rate': 1 / 3,
        'student-myopia-rate': 1 / 3,
        'national-sports-parks': 1 / 3,
      },
      rows: [
        {
          region: 'otog',
          score: 90,
          rank: 1,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'dalad',
          score: 76.7,
          rank: 2,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'ejin-horo',
          score: 76.7,
          rank: 3,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'dongsheng',
          score: 72,
          rank: 4,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'jungar',
          score: 70.3,
          rank: 5,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'kangbashi',
          score: 60,
          rank: 6,
          judged: 2,
          expected: 3,
          missing: 1,
          coverage: 0.67,
          counts: {},
          unranked: null,
        },
        {
          region: 'otog-front',
          score: 53,
          rank: 7,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'hanggin',
          score: 25,
          rank: 8,
          judged: 3,
          expected: 3,
          missing: 0,
          coverage: 1,
          counts: {},
          unranked: null,
        },
        {
          region: 'uxin',
          score: null,
          rank: null,
          judged: 0,
          expected: 3,
          missing: 3,
          coverage: 0,
          counts: {},
          unranked: {
            zh: '覆盖率 0%，低于 60%：不排名',
            en: 'coverage 0 %, below 60 %: not ranked',
          },
        },
      ],
    },
    completeness: {
      rule: {
        zh: '应报 = 需逐旗区判断的指标数 × 年份；实报 = 有数值的；上报率 = 实报 ÷ 应报。',
        en: 'Expected = indicators judged per district × years; reported = those with a figure; rate = reported ÷ expected.',
      },
      periods: [2021, 2022, 2023],
      rows: DISTRICTS.map((region) => {
        const low = region === 'uxin';
        const byYear = [2021, 2022, 2023].map((year) => ({
          year,
          expected: 3,
          reported: low ? (year === 2021 ? 1 : 0) : 3,
          rate: low ? (year === 2021 ? 1 / 3 : 0) : 1,
          notReported: low
            ? ['student-myopia-rate', 'national-sports-parks', 'preschool-enrolment-rate'].slice(
                year === 2021 ? 1 : 0,
              )
            : [],
        }));
        const reported = low ? 1 : 9;
        return { region, byYear, expected: 9, reported, rate: reported / 9 };
      }),
    },
    outlierRule: {
      zh: '与本旗区其他年份数值的趋势相差超过阈值的数值。',
      en: 'Values further off the trend of the district’s other years than the threshold.',
    },
    outliers: [
      {
        region: 'jungar',
        indicatorId: 'student-myopia-rate',
        date: '2023-12-31',
        value: 52,
        expected: 58.4,
        deviation: -6.4,
        threshold: 3,
        reason: {
          zh: '比本旗区趋势低 6.4 个百分点',
          en: '6.4 points below the district’s own trend',
        },
      },
    ],
    additiveChecks: [
      {
        indicatorId: 'national-sports-parks',
        date: '2023-12-31',
        derived: 8,
        reported: 6,
        difference: 2,
        regionsReported: 8,
        regionsExpected: 9,
        missingRegions: ['uxin'],
        status: 'incomplete',
      },
    ],
    illustrative: true,
    includeSubmitted: false,
    usedSubmitted: false,
    dataVersion: 1,
    observationsUsed: 120,
  };
}

const names: Record<(typeof DISTRICTS)[number], { zh: string; en: string }> = {
  dongsheng: { zh: '东胜区', en: 'Dongsheng District' },
  kangbashi: { zh: '康巴什区', en: 'Kangbashi District' },
  dalad: { zh: '达拉特旗', en: 'Dalad Banner' },
  jungar: { zh: '准格尔旗', en: 'Jungar Banner' },
  'otog-front': { zh: '鄂托克前旗', en: 'Otog Front Banner' },
  otog: { zh: '鄂托克旗', en: 'Otog Banner' },
  hanggin: { zh: '杭锦旗', en: 'Hanggin Banner' },
  uxin: { zh: '乌审旗', en: 'Uxin Banner' },
  'ejin-horo': { zh: '伊金霍洛旗', en: 'Ejin Horo Banner' },
};
