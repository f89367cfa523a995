import * as z from 'zod';

/**
 * How a target is stated. `eq` is a plain number; the others are the
 * comparators the plan prints (≥, ＞, ≤, ＜) or writes (左右 / 约 for "about").
 */
export const Comparator = /* @__PURE__ */ z
  .enum(['eq', 'gte', 'gt', 'lte', 'lt', 'about'])
  .meta({ id: 'Comparator' });
export type Comparator = z.infer<typeof Comparator>;

/**
 * How a target in the plan's text is stated: a printed comparator, or `between`
 * for ranges such as 10-15. Shared by @plan/projects (targets) and @plan/scoring
 * (what a method checks), so both name the same schema in an OpenAPI document.
 */
export const TargetComparator = /* @__PURE__ */ z
  .enum([...Comparator.options, 'between'])
  .meta({ id: 'TargetComparator' });
export type TargetComparator = z.infer<typeof TargetComparator>;

const printed = /* @__PURE__ */ z.string().describe('The cell exactly as the plan prints it');

/** A plain number, e.g. `98.5`. `decimals` keeps the printed precision (`3.0` has 1). */
export const NumberValue = /* @__PURE__ */ z
  .object({
    kind: z.literal('number'),
    printed,
    value: z.number().finite(),
    decimals: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'NumberValue' });
export type NumberValue = z.infer<typeof NumberValue>;

/** A number with a comparator, e.g. `≥95.0`, `＞20`, `20左右`. */
export const ComparatorValue = /* @__PURE__ */ z
  .object({
    kind: z.literal('comparator'),
    printed,
    comparator: Comparator,
    value: z.number().finite(),
    decimals: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'ComparatorValue' });
export type ComparatorValue = z.infer<typeof ComparatorValue>;

/** A value that is one number, with or without a comparator. */
export const ScalarValue = /* @__PURE__ */ z
  .discriminatedUnion('kind', [NumberValue, ComparatorValue])
  .meta({ id: 'ScalarValue' });
export type ScalarValue = z.infer<typeof ScalarValue>;

/** A ratio such as `35 ：65` (职普比例: vocational to general). */
export const RatioValue = /* @__PURE__ */ z
  .object({
    kind: z.literal('ratio'),
    printed,
    parts: z.array(z.number().finite().nonnegative()).min(2),
  })
  .strict()
  .meta({ id: 'RatioValue' });
export type RatioValue = z.infer<typeof RatioValue>;

/** One named part of a split value (e.g. the 中职 part of the 双师型 row). */
export const SplitPart = /* @__PURE__ */ z
  .object({
    part: z.string().min(1).describe("The part's id, one of the indicator's `parts`"),
    value: z.union([ScalarValue, z.lazy(() => AbsentValue)]),
  })
  .strict()
  .meta({ id: 'SplitPart' });
export type SplitPart = z.infer<typeof SplitPart>;

/** A value printed as several named parts, e.g. 中职58 / 高职40. */
export const SplitValue = /* @__PURE__ */ z
  .object({
    kind: z.literal('split'),
    printed: z.string().describe('The part cells as printed, joined with " / "'),
    parts: z.array(SplitPart).min(2),
  })
  .strict()
  .meta({ id: 'SplitValue' });
export type SplitValue = z.infer<typeof SplitValue>;

/** No value: a blank cell, `—` or `-`. The printed mark is kept because the plan uses all three. */
export const AbsentValue = /* @__PURE__ */ z
  .object({
    kind: z.literal('absent'),
    printed: z.enum(['', '—', '-']),
  })
  .strict()
  .meta({ id: 'AbsentValue' });
export type AbsentValue = z.infer<typeof AbsentValue>;

/** Any value a plan table can hold. */
export const PlanValue = /* @__PURE__ */ z
  .discriminatedUnion('kind', [NumberValue, ComparatorValue, RatioValue, SplitValue, AbsentValue])
  .meta({ id: 'PlanValue' });
export type PlanValue = z.infer<typeof PlanValue>;
