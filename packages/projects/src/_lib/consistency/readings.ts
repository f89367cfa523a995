import type { BaselineFact } from '../../schema/baselineFact.js';
import type { DerivedReading, PrintedReading } from '../../schema/consistencyFinding.js';
import type { Target } from '../../schema/target.js';
import { form, tidy } from './comparators.js';

/** A reading we computed or counted, described in both languages. */
export function derived(zh: string, en: string, value?: number): DerivedReading {
  return { basis: 'derived', description: { zh, en }, ...(value !== undefined ? { value } : {}) };
}

export function targetReading(target: Target): PrintedReading {
  return {
    basis: 'printed',
    text: target.text,
    label: target.metric,
    printedValue: target.printedValue,
    value: target.value,
    ...(target.upper !== undefined ? { upper: target.upper } : {}),
    comparator: target.comparator,
    location: target.location,
    targetId: target.id,
    ...(target.indicatorId ? { indicatorId: target.indicatorId } : {}),
    ...(target.indicatorPart ? { indicatorPart: target.indicatorPart } : {}),
  };
}

export function factReading(fact: BaselineFact): PrintedReading {
  return {
    basis: 'printed',
    text: fact.text,
    label: fact.metric,
    printedValue: fact.printedValue,
    value: fact.value,
    location: fact.location,
    factId: fact.id,
    ...(fact.indicatorId ? { indicatorId: fact.indicatorId } : {}),
  };
}

/** A target's comparator and value as a title shows them: ≥99; ≥0.5 percentage points a year. */
export function targetForm(target: Target): { zh: string; en: string } {
  const value = form(target.comparator, target.value, target.upper);
  if (target.kind === 'pace') {
    const way = target.change === 'decrease' ? '下降' : '提高';
    return {
      zh: `每年${way}${value}${target.unit.zh}`,
      en: `${value} ${target.unit.en} a year (${target.change})`,
    };
  }
  // A target in another unit than its indicator shows the value on the indicator's scale too.
  const scaled = target.indicatorScale
    ? ` (×${target.indicatorScale} = ${form(target.comparator, tidy(target.value * target.indicatorScale))})`
    : '';
  return { zh: `${value}${scaled}`, en: `${value}${scaled}` };
}

/** The projects whose boxes state these targets. */
export function projectsOf(targets: readonly Target[]): number[] {
  return [
    ...new Set(targets.flatMap((target) => (target.location.box ? [target.location.box] : []))),
  ].sort((a, b) => a - b);
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1–99 in Chinese numerals, as the plan numbers its chapters (第十二章). */
function numeral(value: number): string {
  if (value <= 10) return NUMERALS[value] ?? String(value);
  if (value < 20) return `十${NUMERALS[value - 10]}`;
  if (value < 100) return `${NUMERALS[Math.floor(value / 10)]}十${NUMERALS[value % 10]}`;
  return String(value);
}

/**
 * Where a target stands, as a reader finds it in the printed plan: 专栏12, 第二章第三节, 附表1.
 * The line number stays in the reading's `location` (data), never in the sentence.
 */
export function placeZh(location: {
  chapter?: number | undefined;
  section?: number | undefined;
  box?: number | undefined;
  table?: string | undefined;
}): string {
  if (location.box !== undefined) return `专栏${location.box}`;
  if (location.table === 'annex-1') return '附表1';
  if (location.chapter !== undefined)
    return `第${numeral(location.chapter)}章${location.section !== undefined ? `第${numeral(location.section)}节` : ''}`;
  return '正文';
}
