import { LocalizedText, Slug, TargetComparator } from '@plan/indicators';
import { z } from 'zod';
import { placedIdPattern } from '../_lib/idPatterns.js';
import { readPrintedNumber } from '../_lib/readPrintedNumber.js';
import { Deadline } from './deadline.js';
import { IndicatorRef } from './indicatorRef.js';
import { Location } from './location.js';
import { Remark } from './remark.js';

/**
 * What shape of target the text states:
 *
 * - `level`: a value to reach by the deadline — a rate, a share, a ratio or
 *   the number of things that exist (普惠性幼儿园覆盖率达90%; 每十万名学生拥有在线课程不少于35门).
 * - `cumulative`: an amount to add, build, train, invest or complete over the
 *   period (新建改建健身步道120公里; 新增学位数12729个; 规划投入6.69亿元).
 * - `pace`: a change per year (近视率平均每年至少下降0.5个百分点); `value` is the yearly change.
 * - `per-unit`: a quantity each unit must have or do (每个旗区至少打造1个…;
 *   每所学校至少建成一个…; 每周一节…); `per` names the unit, `value` is per unit.
 */
export const TargetKind = z
  .enum(['level', 'cumulative', 'pace', 'per-unit'])
  .meta({ id: 'TargetKind' });
export type TargetKind = z.infer<typeof TargetKind>;

/**
 * The comparators of @plan/indicators plus `between` for ranges (10-15, 1—2).
 * Words map so: 达到/为 → eq; 以上/不少于/至少/不低于 → gte; 超过 → gt;
 * 不高于/不超过 → lte; 左右 → about.
 */
export { TargetComparator };

export const TargetId = z
  .string()
  .regex(
    placedIdPattern('T'),
    'expected a target id such as "T-P13-M2-1" (in measure P13-M2) or "T-C3S4-2" (in the prose of chapter 3, section 4)',
  )
  .meta({ id: 'TargetId' });
export type TargetId = z.infer<typeof TargetId>;

/** Where a target is stated: always inside a chapter. */
export const TargetLocation = Location.required({ chapter: true }).meta({ id: 'TargetLocation' });
export type TargetLocation = z.infer<typeof TargetLocation>;

const per = LocalizedText.describe(
  'The unit each value applies to, zh verbatim: 每个旗区, 每所学校, 每周',
);
const unitCount = z
  .number()
  .int()
  .positive()
  .describe('How many units the plan implies, e.g. 9 for 每个旗区 in a city of nine 旗区');
const change = z.enum(['increase', 'decrease']).describe('Which way the yearly change goes');

const fields = {
  id: TargetId,
  metric: LocalizedText.describe('What is measured; zh is a verbatim substring of `text`'),
  text: z.string().min(1).describe('The clause or sentence that states the target, verbatim'),
  comparator: TargetComparator,
  value: z.number().finite(),
  upper: z.number().finite().optional().describe('The upper end, for `between`'),
  printedValue: z.string().min(1).describe('The number as printed in `text`: 85, 10-15, 三, 一半'),
  unit: LocalizedText,
  deadline: Deadline,
  location: TargetLocation,
  indicatorId: IndicatorRef.optional().describe('The indicator this target measures, if any'),
  indicatorPart: Slug.optional().describe(
    'The part of a split indicator (双师型: secondary, higher)',
  ),
  indicatorScale: z
    .number()
    .positive()
    .optional()
    .describe("Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000)"),
  aspirational: z.boolean().describe('力争 / 争取 / 努力: the plan only strives for it'),
  note: Remark.optional(),
};

export const LevelTarget = z
  .object({ kind: z.literal('level'), ...fields })
  .strict()
  .meta({ id: 'LevelTarget' });
export const CumulativeTarget = z
  .object({ kind: z.literal('cumulative'), ...fields })
  .strict()
  .meta({ id: 'CumulativeTarget' });
export const PaceTarget = z
  .object({ kind: z.literal('pace'), ...fields, per: z.literal('year'), change })
  .strict()
  .meta({ id: 'PaceTarget' });
export const PerUnitTarget = z
  .object({ kind: z.literal('per-unit'), ...fields, per, unitCount: unitCount.optional() })
  .strict()
  .meta({ id: 'PerUnitTarget' });

type TargetShape = Omit<z.infer<typeof LevelTarget>, 'kind'>;

/** Checks that hold for every target, whatever its kind; each names the field at fault. */
function checkTarget(target: TargetShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message: `${target.id}: ${message}` });
  if (target.comparator === 'between') {
    if (target.upper === undefined) issue('upper', 'a "between" target needs an upper value');
    else if (target.upper <= target.value)
      issue('upper', `upper (${target.upper}) must exceed value (${target.value})`);
  } else if (target.upper !== undefined) {
    issue(
      'upper',
      `upper is only meaningful with comparator "between", not "${target.comparator}"`,
    );
  }
  if (!target.text.includes(target.printedValue)) {
    issue('printedValue', `"${target.printedValue}" does not occur in its text "${target.text}"`);
  }
  if (!target.text.includes(target.metric.zh)) {
    issue('metric', `metric "${target.metric.zh}" does not occur in its text "${target.text}"`);
  }
  const read = readPrintedNumber(target.printedValue);
  if (!read) {
    issue('printedValue', `"${target.printedValue}" cannot be read as a number`);
  } else if (read.value !== target.value || read.upper !== target.upper) {
    const expected = read.upper === undefined ? `${read.value}` : `${read.value} to ${read.upper}`;
    issue('value', `"${target.printedValue}" reads as ${expected}, not as the value given`);
  }
  if (target.indicatorId === undefined && (target.indicatorPart || target.indicatorScale)) {
    issue('indicatorId', 'indicatorPart and indicatorScale need an indicatorId');
  }
}

/**
 * A quantified target stated in the plan's text, in a 专栏 measure or in the
 * prose. Ids are stable: `T-P13-M2-1` is the first target of measure P13-M2,
 * `T-C3S4-2` the second of the prose of chapter 3, section 4.
 */
export const Target = z
  .discriminatedUnion('kind', [LevelTarget, CumulativeTarget, PaceTarget, PerUnitTarget])
  .superRefine(checkTarget)
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

/*
 * Targets as authored in a data module. Location is given by `line` alone and
 * derived (chapter, section, 专栏, measure); a target in a measure may leave out
 * `line` when it is the measure's first. A deadline is given only where the text
 * states one; otherwise it is the plan's end year, marked inferred.
 */
const { location: _derived, deadline: _inferred, aspirational: _optional, ...stated } = fields;
const authored = {
  ...stated,
  line: z.number().int().positive().optional(),
  deadline: z
    .object({ year: Deadline.shape.year, date: Deadline.shape.date })
    .strict()
    .optional()
    .describe('Only where the text states it'),
  aspirational: z.boolean().optional(),
};

export const TargetInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('level'), ...authored }).strict(),
    z.object({ kind: z.literal('cumulative'), ...authored }).strict(),
    z.object({ kind: z.literal('pace'), ...authored, per: z.literal('year'), change }).strict(),
    z
      .object({ kind: z.literal('per-unit'), ...authored, per, unitCount: unitCount.optional() })
      .strict(),
  ])
  .meta({ id: 'TargetInput' });
export type TargetInput = z.input<typeof TargetInput>;
