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
