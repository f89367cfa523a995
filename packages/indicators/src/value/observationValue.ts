import * as z from 'zod';

/**
 * An observed value: a number, a ratio (`{ ratio: [38, 62] }` for 职普比例,
 * parts adding up to 100), or values by part (`{ parts: { secondary: 59 } }`
 * for 双师型, any subset of the indicator's parts).
 *
 * It lives beside the plan model so that every package that checks or scores
 * values (@plan/scoring, @plan/observations) reads the same shape.
 */
export const ObservationValue = /* @__PURE__ */ z
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
