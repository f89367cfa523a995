import type { Indicator } from '@plan/indicators';
import { formatValueText, type ObservationValue } from '@plan/observations';
import { formatNumber } from '../_lib/formatNumbers.js';
import type { Lang } from '../_lib/localize.js';

/**
 * An observed value as a reader writes it, by @plan/observations' one rule for
 * each language with the report's numbers (at most four decimals): `44.1`, a
 * ratio `38：62` (with the full-width colon the plan prints; `38:62` in
 * English), or parts by their labels `中职59 / 高职52`.
 */
export function formatObservedValue(
  value: ObservationValue,
  indicator: Pick<Indicator, 'parts'>,
  lang: Lang,
): string {
  return formatValueText(value, lang, {
    indicator,
    number: (figure) => formatNumber(figure, 4),
  });
}
