import type { Indicator } from '@plan/indicators';
import type { Target } from '@plan/projects';
import { milestoneStatusLabels, type StatusLegendEntry } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';

export const NOT_JUDGED: StatusLegendEntry = {
  label: { zh: '不以指标数据判定', en: 'Not judged from indicator data' },
  colour: '#d0d7de',
  rank: null,
};

export function milestoneEntry(status: string | null): StatusLegendEntry {
  if (status === null) return NOT_JUDGED;
  return (milestoneStatusLabels as Record<string, StatusLegendEntry>)[status] ?? NOT_JUDGED;
}

/** Our remark (zh where we wrote one, else en); the plan's own words are never remarks. */
export function remarkText(text: { zh?: string | undefined; en: string }, lang: Lang): string {
  return lang === 'zh' && text.zh ? text.zh : text.en;
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
