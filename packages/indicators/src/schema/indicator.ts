import * as z from 'zod';
import { LocalizedText } from './localizedText.js';
import { RegionScope } from './regionScope.js';
import { PlanValue } from './value.js';

export const Slug = /* @__PURE__ */ z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a lower-case slug such as "preschool-enrolment-rate"',
  );

/**
 * What kind of quantity an indicator measures. It decides which observed
 * values are possible: a percentage lies in 0–100, a count is a whole number
 * ≥ 0, an amount is any number ≥ 0, a ratio has parts that add up to 100.
 */
export const UnitKind = /* @__PURE__ */ z
  .enum(['percent', 'count', 'amount', 'ratio'])
  .meta({ id: 'UnitKind' });
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = /* @__PURE__ */ z
  .object({
    zh: z.string().min(1),
    en: z.string().min(1),
    kind: UnitKind,
    inferred: z
      .boolean()
      .default(false)
      .describe('true when the table prints no unit and we inferred it (the note says from what)'),
  })
  .strict()
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

/**
 * Which way is better. `band` is for ratio-shaped targets such as 职普比例,
 * where the aim is to reach and stay within a range rather than to grow.
 */
export const Direction = /* @__PURE__ */ z
  .enum(['increase', 'decrease', 'band'])
  .meta({ id: 'Direction' });
export type Direction = z.infer<typeof Direction>;

/** The range a `band` indicator aims for, on the quantity it is scored on. */
export const Band = /* @__PURE__ */ z
  .object({
    lower: z.number().finite(),
    upper: z.number().finite(),
    scoredOn: LocalizedText.describe(
      'What the band is measured on, e.g. the vocational share of a ratio',
    ),
    ratioPart: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('For a ratio: the index of the part scored'),
    source: LocalizedText.describe('Where each end of the band comes from'),
  })
  .strict()
  .refine((band) => band.lower <= band.upper, { message: 'band.lower must not exceed band.upper' })
  .meta({ id: 'Band' });
export type Band = z.infer<typeof Band>;

/** A named part of an indicator whose values are split (双师型: 中职 and 高职). */
export const IndicatorPart = /* @__PURE__ */ z
  .object({ id: Slug, label: LocalizedText })
  .strict()
  .meta({ id: 'IndicatorPart' });
export type IndicatorPart = z.infer<typeof IndicatorPart>;

/** A remark on the data: an inference, an ambiguity with both readings, a source note. */
export const DataNote = /* @__PURE__ */ z
  .object({
    kind: z.enum(['inferred', 'ambiguity', 'source']),
    text: LocalizedText,
  })
  .strict()
  .meta({ id: 'DataNote' });
export type DataNote = z.infer<typeof DataNote>;

/** Baseline and target of one region, as printed and as read. */
export const ValuePair = /* @__PURE__ */ z
  .object({ baseline: PlanValue, target: PlanValue })
  .strict()
  .meta({ id: 'ValuePair' });
export type ValuePair = z.infer<typeof ValuePair>;

/** One row of an indicator table, parsed. */
export const Indicator = /* @__PURE__ */ z
  .object({
    id: Slug,
    table: Slug.describe('The id of the table the row sits in'),
    order: z.number().int().positive().describe('Row number within its table, from 1'),
    categoryPath: z.array(Slug).describe('Category ids from the top of the table down'),
    printed: z.string().min(1).describe('The name cell exactly as printed, with `*` and unit'),
    name: LocalizedText,
    unit: Unit,
    direction: Direction,
    band: Band.optional(),
    localAddition: z
      .boolean()
      .describe('The `*` flag: an indicator the city added itself (on the row or on its category)'),
    parts: z.array(IndicatorPart).optional(),
    values: z
      .object({
        subject: ValuePair.describe('The plan’s subject region, the one it sets targets for'),
        benchmark: ValuePair.describe('The benchmark region the tables print beside it'),
      })
      .strict(),
    notes: z.array(DataNote).default([]),
    regionScope: RegionScope.optional().describe(
      'Judged in each region (default) or for the subject region only; additive counts',
    ),
  })
  .strict()
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;
