import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';

/** One band of a legend: `[start, end)`, with a label and a colour. */
export const LegendRule = /* @__PURE__ */ z
  .object({
    start: z.number().finite().nullable().describe('Inclusive lower end; null for no lower end'),
    end: z.number().finite().nullable().describe('Exclusive upper end; null for no upper end'),
    label: LocalizedText,
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as "#2da44e"'),
  })
  .refine((rule) => rule.start === null || rule.end === null || rule.start < rule.end, {
    message: 'start must be below end',
    path: ['end'],
  })
  .meta({ id: 'LegendRule' });
export type LegendRule = z.infer<typeof LegendRule>;

/**
 * A user's own bands, as DHIS2 scorecards and ClearPoint let users define
 * them: ordered rules, the first that holds wins. A value of 0 is a value, not
 * "no data". `minimumGap` is the change below which no trend arrow is shown.
 */
export const Legend = /* @__PURE__ */ z
  .object({
    name: LocalizedText.optional(),
    rules: z.array(LegendRule).min(1, 'a legend needs at least one rule'),
    minimumGap: z.number().finite().nonnegative().default(0),
  })
  .meta({ id: 'Legend' });
export type Legend = z.infer<typeof Legend>;
/** A legend as written by hand, before `parseLegend` checks it and fills its defaults. */
export type LegendInput = z.input<typeof Legend>;
