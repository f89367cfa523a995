import type { Indicator } from '@plan/indicators';
import type { Target } from '@plan/projects';
import {
  type Method,
  milestoneStatusLabels,
  type StatusLegendEntry,
  statusLabels,
} from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';

/** A status of a method with its label and colour, from @plan/scoring's legend. */
export function statusEntry(method: Method, status: string): StatusLegendEntry {
  const entry = (statusLabels[method] as Record<string, StatusLegendEntry>)[status];
  return entry ?? { label: { zh: status, en: status }, colour: '#8c959f', rank: null };
}

/** Every status of a method, best first, as the legend orders them. */
export function statusesOf(method: Method): string[] {
  return Object.keys(statusLabels[method]);
}

export const NOT_JUDGED: StatusLegendEntry = {
  label: { zh: '不以指标数据判定', en: 'Not judged from indicator data' },
  colour: '#d0d7de',
  rank: null,
};

export function milestoneEntry(status: string | null): StatusLegendEntry {
  if (status === null) return NOT_JUDGED;
  return (milestoneStatusLabels as Record<string, StatusLegendEntry>)[status] ?? NOT_JUDGED;
}

/** The indicator's name as a table shows it: the printed cell in Chinese, name and unit in English. */
export function indicatorName(indicator: Indicator, lang: Lang): string {
  return lang === 'zh' ? indicator.printed : `${indicator.name.en} (${indicator.unit.en})`;
}

const SYMBOL: Record<Target['comparator'], string> = {
  eq: '',
  gte: '≥',
  gt: '＞',
  lte: '≤',
  lt: '＜',
  about: '≈',
  between: '',
};

/** A target's value as the plan states it: comparator, the printed number, the unit. */
export function targetValueText(target: Target, lang: Lang): string {
  const range =
    target.comparator === 'between' ? `${target.value}–${target.upper}` : target.printedValue;
  return `${SYMBOL[target.comparator]}${range}${lang === 'zh' ? target.unit.zh : ` ${target.unit.en}`}`;
}
