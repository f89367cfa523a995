import { ComparatorValue, NumberValue, RatioValue, SplitValue } from '@plan/indicators';
import * as z from 'zod';

/**
 * A target value for one region, in the shape the plan's own targets take: a
 * number (`95`), a number with a comparator (`≥95`), a ratio (`40：60`) or one
 * value per part (中职 / 高职), each with the text as written.
 */
export const RegionTargetValue = /* @__PURE__ */ z
  .discriminatedUnion('kind', [NumberValue, ComparatorValue, RatioValue, SplitValue])
  .meta({ id: 'RegionTargetValue' });
export type RegionTargetValue = z.infer<typeof RegionTargetValue>;

/**
 * A target set for one region under the plan's subject (a district or
 * banner). The plan sets none: the bureau enters or imports them, each with
 * the document that set it, and a district is judged against its own target
 * where one is set.
 */
export const RegionTarget = /* @__PURE__ */ z
  .object({
    indicatorId: z.string().min(1),
    region: z.string().min(1),
    value: RegionTargetValue,
    source: z
      .string()
      .trim()
      .min(1, 'name the document that set the target')
      .describe('The document that set the target (e.g. a 目标责任书)'),
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'RegionTarget' });
export type RegionTarget = z.infer<typeof RegionTarget>;
