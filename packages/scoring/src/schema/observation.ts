import { z } from 'zod';
import { IsoDate, Year } from './series.js';

/**
 * An observed value: a number, a ratio (`{ ratio: [38, 62] }` for 职普比例,
 * parts adding up to 100), or values by part (`{ parts: { secondary: 59 } }`
 * for 双师型, any subset of the indicator's parts).
 */
export const ObservationValue = z
  .union([
    z.number().finite('expected a finite number'),
    z
      .object({
        ratio: z.array(z.number().finite().nonnegative('a ratio part cannot be negative')).min(2),
      })
      .strict(),
    z
      .object({ parts: z.record(z.string(), z.number().finite('expected a finite number')) })
      .strict(),
  ])
  .meta({ id: 'ObservationValue' });
export type ObservationValue = z.infer<typeof ObservationValue>;

const fields = {
  indicatorId: z.string().min(1),
  year: Year.optional(),
  date: IsoDate.optional().describe(
    'For a value of a particular day; a yearly value stands at the end of its year',
  ),
  value: ObservationValue,
  source: z
    .string()
    .optional()
    .describe('Where the figure comes from, e.g. a statistical bulletin'),
  note: z.string().optional(),
};

function oneTime(
  observation: { year?: number | undefined; date?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if ((observation.year === undefined) === (observation.date === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'give a year (2023) or a date ("2023-12-31"), exactly one',
    });
  }
}

/** An observation as a user sends it: the region defaults to the plan's subject (鄂尔多斯市, `ordos`). */
export const ObservationInput = z
  .object({ ...fields, region: z.string().min(1).optional() })
  .superRefine(oneTime)
  .meta({ id: 'ScoringObservationInput' });
export type ObservationInput = z.infer<typeof ObservationInput>;

/** An observation, checked and with its region filled in. */
export const Observation = z
  .object({ ...fields, region: z.string().min(1) })
  .superRefine(oneTime)
  .meta({ id: 'ScoringObservation' });
export type Observation = z.infer<typeof Observation>;
