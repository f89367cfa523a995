import type { FieldProblem, ValueIndicator } from '@plan/indicators';
import type { ObservationValue } from './schema/observation.js';

const KIND_ZH: Record<string, string> = {
  percent: '百分比',
  count: '计数',
  amount: '数额',
  ratio: '比例',
};

/** The number a problem's path points at inside `value` (`value.ratio.1`, `value.parts.secondary`). */
function numberAt(value: ObservationValue, path: string): string {
  const segments = path.split('.');
  if (typeof value === 'number') return String(value);
  if ('ratio' in value) return String(value.ratio[Number(segments.at(-1))] ?? '');
  return String(value.parts[segments.at(-1) ?? ''] ?? '');
}

/**
 * The Chinese of a problem `checkValue` (@plan/indicators, English only) found with `value` of
 * `indicator`: said from the rule's code and the value itself, not from the English sentence.
 *
 * @example
 *   valueProblemZh(myopiaRate, 140, { path: 'value', code: 'percent', message: '…' });
 *   // '140 超过 100，不可能是百分比'
 */
export function valueProblemZh(
  indicator: ValueIndicator,
  value: ObservationValue,
  problem: FieldProblem,
): string {
  const id = indicator.id;
  const parts = indicator.parts?.map((part) => part.id) ?? [];
  switch (problem.code) {
    case 'shape':
      if (parts.length > 0)
        return `指标“${id}”分为若干分项（${parts.join('、')}）：请按分项给出数值，如 { "parts": { "${parts[0]}": … } }`;
      if (indicator.unit.kind === 'ratio')
        return `指标“${id}”是比例：请给出 { "ratio": [40, 60] }，两部分之和为 100`;
      return `指标“${id}”只取一个数值`;
    case 'one-part':
      return '请至少给出一个分项的数值';
    case 'unknown-part':
      return `指标“${id}”没有分项“${problem.path.split('.').at(-1)}”：应为 ${parts.join('、')} 之一`;
    case 'ratio-parts':
      return '此处的比例须恰好由两部分组成';
    case 'ratio-sum': {
      const ratio = typeof value === 'object' && 'ratio' in value ? value.ratio : [];
      const total = Math.round(ratio.reduce((sum, part) => sum + part, 0) * 1000) / 1000;
      return `比例 ${ratio.join(':')} 两部分之和为 ${total}，不是 100`;
    }
    case 'negative': {
      const what = problem.path.includes('.ratio.')
        ? '比例的组成部分'
        : (KIND_ZH[indicator.unit.kind] ?? '数值');
      return `${numberAt(value, problem.path)} 是负数：${what}不能为负`;
    }
    case 'percent':
      return `${numberAt(value, problem.path)} 超过 100，不可能是百分比`;
    case 'integer':
      return `${numberAt(value, problem.path)} 不是整数：计数须为整数`;
    default:
      return `数值不符合指标“${id}”的要求`;
  }
}
