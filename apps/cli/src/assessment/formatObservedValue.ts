import type { ObservationValue } from '@plan/api';
import type { Indicator } from '@plan/indicators';
import { formatNumber } from '../_lib/formatNumbers.js';
import type { Lang } from '../_lib/localize.js';

/**
 * An observed value as a reader writes it: `44.1`, a ratio `38：62` (with the
 * full-width colon the plan prints), or parts by their labels `中职59 / 高职52`.
 */
export function formatObservedValue(
  value: ObservationValue,
  indicator: Pick<Indicator, 'parts'>,
  lang: Lang,
): string {
  if (typeof value === 'number') return formatNumber(value, 4);
  if ('ratio' in value) return value.ratio.map((part) => formatNumber(part, 4)).join('：');
  const labels = new Map((indicator.parts ?? []).map((part) => [part.id, part.label[lang]]));
  return Object.entries(value.parts)
    .map(([part, number]) => {
      const label = labels.get(part) ?? part;
      return lang === 'zh'
        ? `${label}${formatNumber(number, 4)}`
        : `${label} ${formatNumber(number, 4)}`;
    })
    .join(' / ');
}
