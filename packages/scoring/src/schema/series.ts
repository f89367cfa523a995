import * as z from 'zod';
import { isIsoDate } from '../_lib/time.js';

/** An ISO date such as `2023-12-31` (a date-time is accepted and read by date-fns). */
export const IsoDate = /* @__PURE__ */ z
  .string()
  .refine(isIsoDate, { message: 'expected an ISO date such as "2023-12-31"' })
  .meta({ id: 'IsoDate' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A calendar year such as 2023. */
export const Year = /* @__PURE__ */ z
  .number()
  .int('expected a whole year such as 2023')
  .min(1000, 'expected a four-digit year')
  .max(9999, 'expected a four-digit year');

/**
 * One observed figure of a series: `{ year, value }` or `{ date, value }`.
 * A yearly figure stands at the end of its year (2023 → 2023-12-31).
 */
export const SeriesPoint = /* @__PURE__ */ z
  .object({
    year: Year.optional(),
    date: IsoDate.optional(),
    value: z.number({ error: 'expected a finite number' }).finite('expected a finite number'),
  })
  .superRefine((point, ctx) => {
    if (point.year === undefined && point.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'give a year (2023) or a date ("2023-12-31")',
      });
    } else if (point.year !== undefined && point.date !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'give either a year or a date, not both',
      });
    }
  })
  .meta({ id: 'SeriesPoint' });
export type SeriesPoint = z.infer<typeof SeriesPoint>;
