import type { Indicator } from '@plan/indicators';
import type { Lang } from '../_lib/localize.js';

/** An indicator's name as a table shows it: the printed cell in Chinese, name and unit in English. */
export function indicatorName(
  indicator: Pick<Indicator, 'printed' | 'name' | 'unit'>,
  lang: Lang,
): string {
  return lang === 'zh' ? indicator.printed : `${indicator.name.en} (${indicator.unit.en})`;
}
