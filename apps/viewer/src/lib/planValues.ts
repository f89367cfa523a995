import type { PlanValue } from '@plan/indicators';
import { formatValueText } from '@plan/observations';
import type { Category, Indicator, IndicatorTable, ObservationValue } from '../api/types.js';
import { formatNumber, formatPrintedNumbers } from '../i18n/format.js';
import type { Locale } from '../i18n/messages.js';

/**
 * A plan cell as printed (`≥95.0`, `35 ：65`), or "—" when the plan leaves it blank; with a
 * locale, its large figures grouped as the locale's other numbers are (1200 → 1,200).
 */
export function printedOf(value: PlanValue, locale?: Locale): string {
  const text = value.printed.trim();
  if (text === '') return '—';
  return locale ? formatPrintedNumbers(text, locale) : text;
}

/**
 * The number a chart or a path uses for a plan value: the value itself, the
 * scored share of a ratio, or one part of a split value. Undefined when absent.
 */
export function numberOf(value: PlanValue, part?: string, ratioPart = 0): number | undefined {
  switch (value.kind) {
    case 'number':
    case 'comparator':
      return value.value;
    case 'ratio':
      return value.parts[ratioPart];
    case 'split': {
      const found = value.parts.find((candidate) => candidate.part === part) ?? value.parts[0];
      return found && found.value.kind !== 'absent' ? found.value.value : undefined;
    }
    default:
      return undefined;
  }
}

/** The number of an observed value for one track: a plain number, a ratio's scored part, or a part. */
export function observedNumber(
  value: ObservationValue,
  part?: string,
  ratioPart = 0,
): number | undefined {
  if (typeof value === 'number') return value;
  if ('ratio' in value) return value.ratio[ratioPart];
  return part === undefined ? Object.values(value.parts)[0] : value.parts[part];
}

/** An observed value as a reader writes it (`98.55`, `38：62`, `中职59 / 高职52`): @plan/observations' one rule, with our number format. */
export function formatObservedValue(
  value: ObservationValue,
  indicator: Pick<Indicator, 'parts'> | undefined,
  locale: Locale,
): string {
  return formatValueText(value, locale, {
    indicator,
    number: (figure) => formatNumber(figure, locale),
  });
}

/** The tracks a chart draws for an indicator: one, or one per part of a split indicator. */
export function tracksOf(
  indicator: Indicator,
): { part: string | undefined; label?: { zh: string; en: string } }[] {
  if (indicator.parts) return indicator.parts.map((part) => ({ part: part.id, label: part.label }));
  return [{ part: undefined }];
}

export type FlatCategory = {
  id: string;
  table: string;
  name: { zh: string; en: string };
  depth: number;
  path: string[];
};

/** A table's category tree as a list, parents before children, with their depth. */
export function flattenCategories(tables: readonly IndicatorTable[]): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (table: string, categories: readonly Category[], path: string[]) => {
    for (const category of categories) {
      const here = [...path, category.id];
      out.push({ id: category.id, table, name: category.name, depth: path.length, path: here });
      walk(table, category.children, here);
    }
  };
  for (const table of tables) walk(table.id, table.categories, []);
  return out;
}

/** A computed figure (an expected value, a projection) in the indicator's unit, to a sensible precision. */
export function formatComputed(
  value: number | null | undefined,
  indicator: Pick<Indicator, 'unit'>,
  locale: Locale,
): string {
  const decimals =
    indicator.unit.kind === 'count'
      ? Math.abs(value ?? 0) >= 100
        ? 0
        : 1
      : indicator.unit.kind === 'amount'
        ? 2
        : 1;
  // A ratio's computed figure is its scored share: write the whole ratio, as the plan prints it.
  if (indicator.unit.kind === 'ratio' && value !== null && value !== undefined)
    return `${formatNumber(value, locale, 1)} : ${formatNumber(100 - value, locale, 1)}`;
  return formatNumber(value, locale, decimals);
}

/** The expected value now, per part for a split indicator ("中职 59.4 / 高职 61.2"). */
export function formatExpected(
  item: {
    expected: number | null;
    expectedParts: { label: { zh: string; en: string } | null; value: number | null }[];
  },
  indicator: Pick<Indicator, 'unit'>,
  locale: Locale,
): string {
  if (item.expectedParts.length === 0) return formatComputed(item.expected, indicator, locale);
  return item.expectedParts
    .map((part) => {
      const label = part.label ? (locale === 'zh' ? part.label.zh : part.label.en) : '';
      return `${label}\u00a0${formatComputed(part.value, indicator, locale)}`.trim();
    })
    .join(' / ');
}
