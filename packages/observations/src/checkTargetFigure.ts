import type { FieldProblem, FieldProblemCode } from '@plan/indicators';
import type { Target } from '@plan/projects';
import type { ObservationValue } from './schema/observation.js';

/** Problem codes of a target's own figure, beside the value codes of @plan/indicators. */
export type TargetProblemCode = 'unknown-target' | 'target-has-indicator';

/**
 * A problem with an observation: the value rules' codes and the target ones, with the message
 * in English (`message`, as before) and in Chinese (`messageZh`).
 */
export type ObservationProblem = Omit<FieldProblem, 'code'> & {
  code: FieldProblemCode | TargetProblemCode;
  messageZh: string;
};

/** What checking a target's figure reads of a @plan/projects target. */
export type FigureTarget = Pick<Target, 'id' | 'kind' | 'unit'> & {
  indicatorId?: string | undefined;
  /** The unit a per-unit target's value applies to (每个旗区: one figure per district). */
  per?: unknown;
};

/**
 * Checks a figure for a target's own series (an observation sent with `targetId`): the target must
 * not be linked to an indicator (its figures are the indicator's: the message names the indicator
 * to report on instead); the value must be one finite number in the target's printed unit, within
 * 0–100 when the unit is %, and not negative for a cumulative or per-unit count (a pace's yearly
 * change may be negative). Returns one problem per field at fault (`targetId`, `value`); none when
 * it fits.
 *
 * @example
 *   checkTargetFigure(targetById('T-P08-M2-1'), -3);
 *   // [{ path: 'value', code: 'negative', message: '-3 is below 0: T-P08-M2-1 counts 所', messageZh: '-3 小于 0：…' }]
 */
export function checkTargetFigure(
  target: FigureTarget,
  value: ObservationValue,
): ObservationProblem[] {
  if (target.indicatorId) {
    return [
      {
        path: 'targetId',
        code: 'target-has-indicator',
        message: `target ${target.id} takes its figures from indicator "${target.indicatorId}": report on indicatorId "${target.indicatorId}" instead`,
        messageZh: `目标 ${target.id} 的数据取自指标“${target.indicatorId}”：请改为填报该指标（indicatorId “${target.indicatorId}”）`,
      },
    ];
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [
      {
        path: 'value',
        code: 'shape',
        message: `a target's figure is one finite number in its unit (${target.unit.zh})`,
        messageZh: `目标的数值应为以其单位（${target.unit.zh}）计的一个有限数字`,
      },
    ];
  }
  const percent = target.unit.zh === '%' || target.unit.en === '%';
  if (percent && (value < 0 || value > 100)) {
    return [
      {
        path: 'value',
        code: 'percent',
        message: `${value} is not a possible percentage (0–100)`,
        messageZh: `${value} 不可能是百分比（应在 0–100 之间）`,
      },
    ];
  }
  if ((target.kind === 'cumulative' || target.kind === 'per-unit') && value < 0) {
    return [
      {
        path: 'value',
        code: 'negative',
        message: `${value} is below 0: ${target.id} counts ${target.unit.zh}`,
        messageZh: `${value} 小于 0：目标 ${target.id} 以“${target.unit.zh}”计数，不能为负`,
      },
    ];
  }
  return [];
}
