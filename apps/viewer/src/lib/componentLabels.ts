import {
  type DifferenceUnit,
  formatDifference,
  formatNumber,
  formatShare,
} from '../i18n/format.js';
import type { Locale } from '../i18n/messages.js';

type Label = { zh: string; en: string };

/**
 * Names of the calculation components the scoring methods report
 * (@plan/scoring's results). A component without a name here shows its key.
 */
export const componentLabels: Record<string, Label> = {
  direction: { zh: '方向', en: 'Direction' },
  comparator: { zh: '目标比较符', en: 'Target comparator' },
  target: { zh: '目标', en: 'Target' },
  calculation: { zh: '算法', en: 'Calculation' },
  procedure: { zh: '程序', en: 'Procedure' },
  baseDate: { zh: '基期日期', en: 'Base date' },
  baseYear: { zh: '基期年份', en: 'Base year' },
  baseValue: { zh: '基期值', en: 'Base value' },
  baseValueUsed: { zh: '公式所用基期值', en: 'Base value used' },
  latestDate: { zh: '最新值日期', en: 'Latest date' },
  latestYear: { zh: '最新值年份', en: 'Latest year' },
  latestValue: { zh: '最新值', en: 'Latest value' },
  currentYear: { zh: '当前年份', en: 'Current year' },
  currentValue: { zh: '当前值', en: 'Current value' },
  targetDate: { zh: '目标日期', en: 'Target date' },
  targetYear: { zh: '目标年份', en: 'Target year' },
  targetValue: { zh: '目标值', en: 'Target value' },
  targetValueUsed: { zh: '公式所用目标值', en: 'Target value used' },
  asOf: { zh: '评估日期', en: 'As of' },
  pointsUsed: { zh: '所用数据点', en: 'Points used' },
  pointsAfterAsOf: { zh: '评估日后的数据点（未用）', en: 'Points after as-of (unused)' },
  pointsAfterTargetYear: { zh: '目标年后的数据点', en: 'Points after target year' },
  completionProgress: { zh: '完成进度', en: 'Completion progress' },
  timeProgress: { zh: '时序进度（最新值日期）', en: 'Time progress (at latest value)' },
  timeProgressAtAsOf: { zh: '时序进度（评估日期）', en: 'Time progress (at as-of)' },
  onTrackTolerance: { zh: '符合预期容差', en: 'On-track tolerance' },
  expectedValue: { zh: '应达值', en: 'Expected value' },
  differenceFromExpected: { zh: '与应达值之差', en: 'Difference from expected' },
  differenceToTarget: { zh: '距目标差距', en: 'Difference to target' },
  yearsRemaining: { zh: '剩余年数', en: 'Years remaining' },
  requiredAnnualPace: { zh: '所需年均变化', en: 'Required annual change' },
  targetDatePassed: { zh: '目标日期已过', en: 'Target date passed' },
  reason: { zh: '原因', en: 'Reason' },
  d: { zh: '方向系数 d', en: 'Direction factor d' },
  sign: { zh: '符号', en: 'Sign' },
  limit: { zh: '自然上限', en: 'Natural limit' },
  coefficient: { zh: '缩放系数 C', en: 'Scaling factor C' },
  thresholds: { zh: '阈值', en: 'Thresholds' },
  cagrObserved: { zh: '实际年均增长率', en: 'Observed CAGR' },
  cagrRequired: { zh: '所需年均增长率', en: 'Required CAGR' },
  cagr: { zh: '年均增长率', en: 'CAGR' },
  progressValue: { zh: '进展值', en: 'Progress value' },
  targetAchieved: { zh: '已实现目标', en: 'Target achieved' },
  projectedValue: { zh: '外推值', en: 'Projected value' },
  ratio: { zh: '比率', en: 'Ratio' },
  exception: { zh: '例外规则', en: 'Exception' },
  window: { zh: '所用数据窗口', en: 'Window' },
  meanAnnualChange: { zh: '年均变化', en: 'Mean annual change' },
  lastChange: { zh: '最近一年变化', en: 'Last annual change' },
  gap: { zh: '差距', en: 'Gap' },
  missShare: { zh: '未达份额', en: 'Share of gap missed' },
  lowerBound: { zh: '下界', en: 'Lower bound' },
  optimum: { zh: '最优值', en: 'Optimum' },
  green: { zh: '绿色阈值', en: 'Green threshold' },
  red: { zh: '红色阈值', en: 'Red threshold' },
  boundsFrom: { zh: '界值来源', en: 'Bounds from' },
  baseScore: { zh: '基期得分', en: 'Base score' },
  latestScore: { zh: '最新得分', en: 'Latest score' },
  latestScoreUnclamped: { zh: '最新得分（未截断）', en: 'Latest score (unclamped)' },
  greenScore: { zh: '绿色阈值得分', en: 'Green score' },
  redScore: { zh: '红色阈值得分', en: 'Red score' },
  observedGrowth: { zh: '实际年增分', en: 'Observed growth' },
  requiredGrowth: { zh: '所需年增分', en: 'Required growth' },
  growthRatio: { zh: '增速比', en: 'Growth ratio' },
};

/** Components shown as percentages (shares of 1). */
const SHARES = new Set([
  'completionProgress',
  'timeProgress',
  'timeProgressAtAsOf',
  'onTrackTolerance',
  'cagrObserved',
  'cagrRequired',
  'cagr',
  'missShare',
]);

/** The parts of a component that is a set of figures (the thresholds of a method). */
const PARTS: Record<string, { zh: string; en: string }> = {
  high: { zh: '高', en: 'high' },
  med: { zh: '中', en: 'med' },
  low: { zh: '低', en: 'low' },
};

/** Components that are differences of two values: written with their sign and unit. */
const DIFFERENCES = new Set(['differenceFromExpected', 'differenceToTarget', 'gap']);

/** Components the page shows elsewhere (the projection is drawn in the chart). */
const HIDDEN = new Set(['projection']);

export type ComponentRow = { key: string; label: string; value: string };

function formatValue(
  key: string,
  value: unknown,
  locale: Locale,
  unit: DifferenceUnit | undefined,
): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (unit && DIFFERENCES.has(key)) return formatDifference(value, unit, locale, 4);
    return SHARES.has(key) ? formatShare(value, locale, 1) : formatNumber(value, locale, 4);
  }
  if (typeof value === 'boolean')
    return locale === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value
      .map((entry) =>
        typeof entry === 'object' && entry !== null && 'time' in entry && 'value' in entry
          ? `${String(entry.time).slice(0, 10)}: ${formatNumber(Number(entry.value), locale, 4)}`
          : String(entry),
      )
      .join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([name, entry]) => {
        const label = PARTS[name];
        const named = label ? (locale === 'zh' ? label.zh : label.en) : name;
        return `${named} ${typeof entry === 'number' ? formatNumber(entry, locale, 4) : String(entry)}`;
      })
      .join(locale === 'zh' ? '，' : ', ');
  }
  return String(value);
}

/**
 * A method's calculation components as labelled rows, in the order the method reports them;
 * with the indicator's unit, its differences carry it (百分点 for a percentage).
 */
export function componentRows(
  components: Record<string, unknown>,
  locale: Locale,
  unit?: DifferenceUnit,
): ComponentRow[] {
  return Object.entries(components)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => {
      const label = componentLabels[key];
      return {
        key,
        label: label ? (locale === 'zh' ? label.zh : label.en) : key,
        value: formatValue(key, value, locale, unit),
      };
    });
}
