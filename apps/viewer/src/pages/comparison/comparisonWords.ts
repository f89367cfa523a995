import { useCallback } from 'react';
import { fill, useLocale } from '../../i18n/LocaleProvider.js';

// The comparison page's own words. They live with the page (its chunk), not in the
// shared dictionary, so the first load of the viewer does not carry them.

const zh = {
  title: '旗区比较',
  colon: '：',
  intro:
    '九个旗区逐项比较。各旗区以本旗区基期值为起点判断；规划未设旗区目标值的，按全市目标判断（标注“市”）；仅就全市判断的指标不逐旗区评分。',
  asOf: '评估日期',
  method: '评估方法',
  includeSubmitted: '包括待审核的数据',
  submittedNote: '含已上报、尚未审核的数据。',
  region: '旗区',
  indicator: '指标',
  all: '全部',
  // The map
  mapTitle: '地图',
  mapBy: '着色依据',
  mapByStatus: '状态',
  mapByValue: '数值',
  mapNotice: '示意图，非标准地图：边界仅供示意。各旗区的数值见右表。',
  mapNone: '本规划的地区没有可用的地图；各旗区的数值见下表。',
  mapNoFigure: '浅灰：无数据',
  mapUnmatched: '地图上没有：{names}',
  mapDescription: '{indicator}，按{by}着色的{city}各旗区地图。{items}',
  mapItem: '{region}：{text}',
  mapTableCaption: '{indicator}：各旗区',
  mapLoading: '正在加载地图…',
  mapNoIndicator: '没有可逐旗区比较的指标。',
  // The matrix
  matrixTitle: '旗区 × 指标',
  matrixFilters: '筛选矩阵',
  table: '表',
  status: '状态',
  matrixCount: '显示 {shown} / {total} 项指标',
  matrixLegend:
    '每格：状态（图标与文字）、最新值、完成进度 / 时序进度；“市”表示按全市目标判断；“—”表示无数据。点击列标题排序。',
  matrixEmpty: '没有符合条件的指标。',
  sortBy: '按{column}排序',
  cityTarget: '市',
  cityTargetLong: '按全市目标判断',
  regionTargetLong: '按旗区目标判断',
  noTargetLong: '无目标值',
  noBaseline: '无本旗区基期值',
  notJudged: '仅全市',
  notJudgedLong: '仅就全市判断，不逐旗区评分',
  progress: '完成 {completion} / 时序 {time}',
  change: '较上期 {change}',
  // The ranking
  rankingTitle: '综合排名',
  rankingMethod: '方法',
  rankingWeights: '各指标权重',
  rank: '排名',
  score: '综合得分',
  judged: '已判断',
  missing: '缺数据',
  coverage: '覆盖率',
  weight: '权重',
  unranked: '未排名',
  unrankedWhy: '覆盖率 {coverage}（缺 {missing} 项）不足以排名，不按 0 分或满分计',
  coverageFloor: '排名所需的最低覆盖率：{floor}；缺数据的指标不计 0 分，也不计满分。',
  // Completeness
  completenessTitle: '上报完整性',
  completenessLow: '上报率低于 80% 的以“!”标出（数据可能不足以代表该旗区）。',
  notReported: '未上报：{names}',
  total: '合计',
  reportedOf: '{reported}/{expected}',
  lowRate: '（低于 80%）',
  // Outliers
  outliersTitle: '待核查的数值',
  outliersIntro: '仅提示核查，数据未作任何改动。',
  outliersNone: '没有需要核查的数值。',
  date: '日期',
  value: '数值',
  expected: '按趋势约为',
  reason: '原因',
  // Additive checks
  additiveTitle: '可加总指标核对',
  additiveIntro:
    '可相加的指标（如公园、步道数量）：各旗区数值之和与全市上报数比对。不一致只报告，不替换全市数。',
  additiveNone: '没有可核对的指标。',
  derived: '旗区合计',
  reported: '全市上报',
  regionsReported: '已报旗区',
  result: '结果',
  'additive.match': '一致',
  'additive.mismatch': '不一致',
  'additive.incomplete': '旗区未报全',
  'additive.no-subject-figure': '全市无数据',
  difference: '差 {difference}',
  missingRegions: '未报：{names}',
} as const;

type WordKey = keyof typeof zh;

const en: Record<WordKey, string> = {
  title: 'District comparison',
  colon: ': ',
  intro:
    'The nine districts side by side. Each district is judged from its own base-year value; where the plan sets no district target, against the city’s (marked “C”); indicators judged for the city as a whole are not scored per district.',
  asOf: 'As of',
  method: 'Method',
  includeSubmitted: 'Include figures awaiting review',
  submittedNote: 'Includes figures submitted but not yet approved.',
  region: 'District',
  indicator: 'Indicator',
  all: 'All',
  mapTitle: 'Map',
  mapBy: 'Colour by',
  mapByStatus: 'Status',
  mapByValue: 'Value',
  mapNotice:
    'Illustrative map, not an official one: boundaries are indicative only. Every figure is in the table beside it.',
  mapNone: 'No map of this plan’s districts is available; the table below gives every figure.',
  mapNoFigure: 'Light grey: no data',
  mapUnmatched: 'Not on the map: {names}',
  mapDescription: 'Map of the districts of {city}, coloured by {by}: {indicator}. {items}',
  mapItem: '{region}: {text}',
  mapTableCaption: '{indicator}: by district',
  mapLoading: 'Loading the map…',
  mapNoIndicator: 'No indicator is compared by district.',
  matrixTitle: 'Districts × indicators',
  matrixFilters: 'Filter the matrix',
  table: 'Table',
  status: 'Status',
  matrixCount: 'Showing {shown} of {total} indicators',
  matrixLegend:
    'Each cell: status (icon and words), latest value, completion / time elapsed; “C”: judged against the city’s target; “—”: no data. Click a column heading to sort.',
  matrixEmpty: 'No indicator matches these filters.',
  sortBy: 'Sort by {column}',
  cityTarget: 'C',
  cityTargetLong: 'city target applied',
  regionTargetLong: 'district target',
  noTargetLong: 'no target',
  noBaseline: 'no district baseline',
  notJudged: 'City only',
  notJudgedLong: 'judged for the city as a whole, not per district',
  progress: 'completion {completion} / time {time}',
  change: 'since the previous period {change}',
  rankingTitle: 'Ranking',
  rankingMethod: 'Method',
  rankingWeights: 'Weights by indicator',
  rank: 'Rank',
  score: 'Score',
  judged: 'Judged',
  missing: 'Missing',
  coverage: 'Coverage',
  weight: 'Weight',
  unranked: 'Not ranked',
  unrankedWhy:
    'coverage {coverage} ({missing} missing) is too low to rank; missing data never counts as 0 or full marks',
  coverageFloor:
    'Least coverage to be ranked: {floor}; an indicator without data counts neither as 0 nor as full marks.',
  completenessTitle: 'Reporting completeness',
  completenessLow: 'Rates below 80 % are marked “!” (the figures may not represent the district).',
  notReported: 'Not reported: {names}',
  total: 'Total',
  reportedOf: '{reported}/{expected}',
  lowRate: ' (below 80 %)',
  outliersTitle: 'Figures to review',
  outliersIntro: 'Flagged for review only: nothing has been changed.',
  outliersNone: 'No figure needs review.',
  date: 'Date',
  value: 'Value',
  expected: 'Trend suggests',
  reason: 'Why',
  additiveTitle: 'Counts that add up',
  additiveIntro:
    'Indicators whose district figures add up to the city’s (parks, trails): the districts’ sum beside the city’s reported figure. A mismatch is reported, never replaced.',
  additiveNone: 'No indicator to check.',
  derived: 'Districts’ sum',
  reported: 'City reported',
  regionsReported: 'Districts reported',
  result: 'Result',
  'additive.match': 'Match',
  'additive.mismatch': 'Mismatch',
  'additive.incomplete': 'Districts incomplete',
  'additive.no-subject-figure': 'No city figure',
  difference: 'difference {difference}',
  missingRegions: 'not reported: {names}',
};

const words = { zh, en } as const;

/** The page's words in the reader's language, with `{name}` placeholders filled in. */
export function useComparisonWords() {
  const { locale } = useLocale();
  return useCallback(
    (key: WordKey, values?: Record<string, string | number>) => fill(words[locale][key], values),
    [locale],
  );
}

export type { WordKey };
