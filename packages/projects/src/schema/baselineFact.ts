import { LocalizedText } from '@plan/indicators';
import { z } from 'zod';
import { placedIdPattern } from '../_lib/idPatterns.js';
import { IndicatorRef } from './indicatorRef.js';
import { Location } from './location.js';
import { Remark } from './remark.js';

export const BaselineFactId = z
  .string()
  .regex(placedIdPattern('B'), 'expected a baseline fact id such as "B-C1S1-3" or "B-P07-M2-1"')
  .meta({ id: 'BaselineFactId' });

const baselineFactFields = z
  .object({
    id: BaselineFactId,
    metric: LocalizedText,
    text: z.string().min(1).describe('The clause stating it, verbatim'),
    value: z.number().finite(),
    printedValue: z.string().min(1),
    unit: LocalizedText,
    year: z.number().int().describe('The year it describes'),
    yearInferred: z
      .boolean()
      .describe(
        "true where the text does not name the year (十三五 results: the plan's baseline year)",
      ),
    states: z
      .enum(['value', 'gap-to-benchmark'])
      .describe("The value itself, or how far it is above the benchmark region's"),
    location: Location,
    indicatorId: IndicatorRef.optional(),
    note: Remark.optional(),
  })
  .strict();

/**
 * A past achievement or starting point the text states (建成最强党支部152个,
 * 学前三年毛入园率达98.5%). Not a target; kept where a target or an indicator
 * is read against it, and to check the text against the tables' baseline column.
 */
export const BaselineFact = baselineFactFields
  .superRefine((fact, ctx) => {
    if (!fact.text.includes(fact.printedValue)) {
      ctx.addIssue({
        code: 'custom',
        path: ['printedValue'],
        message: `${fact.id}: "${fact.printedValue}" does not occur in its text`,
      });
    }
    if (Number(fact.printedValue) !== fact.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${fact.id}: "${fact.printedValue}" does not read as ${fact.value}`,
      });
    }
  })
  .meta({ id: 'BaselineFact' });
export type BaselineFact = z.infer<typeof BaselineFact>;

/** A baseline fact as authored; its location is derived from `line`. */
export const BaselineFactInput = baselineFactFields
  .omit({ location: true })
  .extend({ line: z.number().int().positive() })
  .meta({ id: 'BaselineFactInput' });
export type BaselineFactInput = z.input<typeof BaselineFactInput>;
