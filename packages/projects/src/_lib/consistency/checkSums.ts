import { ConsistencyInputError } from '../../consistencyInputError.js';
import type { Reading } from '../../schema/consistencyFinding.js';
import type { QuantityRef } from '../../schema/consistencySources.js';
import { near, satisfies, tidy } from './comparators.js';
import { type CheckResult, type Context, scalar } from './context.js';
import { derived, factReading, targetForm, targetReading } from './readings.js';

type Quantity = { value: number; form: string; reading: Reading };

/** Parts the plan states beside a whole (6.22 + 0.47 亿元 of 6.69) must add up to it. */
export function checkSums(context: Context): CheckResult[] {
  return context.sources.sumChecks.map((check) => {
    const where = `sum check "${check.id}"`;
    const parts = check.parts.map((ref) => quantity(context, ref, where));
    const whole = quantity(context, check.whole, where);
    const sum = tidy(parts.reduce((total, part) => total + part.value, 0));
    let holds: boolean;
    if (check.relation === 'equals') {
      holds = near(sum, whole.value);
    } else {
      if (!('target' in check.whole)) {
        throw new ConsistencyInputError(`${where}: "satisfies" needs a target as its whole`);
      }
      const target = context.need(context.targetById, check.whole.target, 'target', where);
      holds = satisfies(sum, target.comparator, target.value, target.upper);
    }
    const statement = `${parts.map((part) => part.value).join(' + ')} = ${sum}, against ${check.relation === 'equals' ? whole.value : whole.form}`;
    const statementZh = `${parts.map((part) => part.value).join(' + ')} = ${sum}，而${check.relation === 'equals' ? `总数为${whole.value}` : `目标为${whole.form}`}，两者不符。`;
    return {
      check: {
        id: `C-sum-${check.id}`,
        title: check.title,
        detail: {
          zh: `${parts.map((part) => part.value).join(' + ')} = ${sum}，${check.relation === 'equals' ? `总数为${whole.value}` : `目标为${whole.form}`}。`,
          en: statement,
        },
      },
      findings: holds
        ? []
        : [
            {
              id: `F-sum-${check.id}`,
              kind: 'sum-mismatch',
              severity: 'medium',
              title: { zh: `${check.title.zh}：不符`, en: `${check.title.en}: they do not add up` },
              readings: [
                ...parts.map((part) => part.reading),
                whole.reading,
                derived(`合计${sum}`, `Sum ${sum}`, sum),
              ],
              explanation: { zh: statementZh, en: `${statement}.` },
              indicatorIds: [],
              targetIds: [check.whole, ...check.parts].flatMap((ref) =>
                'target' in ref ? [ref.target] : [],
              ),
              projects: [],
            },
          ],
    };
  });
}

function quantity(context: Context, ref: QuantityRef, where: string): Quantity {
  const { need, plan } = context;
  if ('target' in ref) {
    const target = need(context.targetById, ref.target, 'target', where);
    return { value: target.value, form: targetForm(target).en, reading: targetReading(target) };
  }
  if ('fact' in ref) {
    const fact = need(context.factById, ref.fact, 'baseline fact', where);
    return { value: fact.value, form: String(fact.value), reading: factReading(fact) };
  }
  const indicator = need(context.indicatorById, ref.indicator, 'indicator', where);
  const number = (column: 'baseline' | 'target', region: 'subject' | 'benchmark' = 'subject') => {
    const cell =
      region === 'subject'
        ? context.cellOf(indicator, column, ref.part)
        : scalar(indicator.values.benchmark[column]);
    if (cell.value === undefined) {
      throw new ConsistencyInputError(
        `${where}: ${indicator.id} prints "${cell.printed}" (${region} ${column}), not a number`,
      );
    }
    return cell.value;
  };
  if (ref.value === 'baseline' || ref.value === 'target') {
    const value = number(ref.value);
    return {
      value,
      form: String(value),
      reading: context.cellReading(indicator, ref.value, ref.part),
    };
  }
  const [from, to, label] =
    ref.value === 'increase'
      ? [number('baseline'), number('target'), `increase ${plan.baselineYear}–${plan.targetYear}`]
      : [
          number('baseline', 'benchmark'),
          number('baseline'),
          `${plan.baselineYear} gap over the benchmark region`,
        ];
  const value = tidy(to - from);
  return {
    value,
    form: String(value),
    reading: derived(
      `${indicator.name.zh}：${to} − ${from} = ${value}`,
      `${indicator.name.en}, ${label}: ${to} − ${from} = ${value}`,
      value,
    ),
  };
}
