import * as z from 'zod';
import {
  FINITE_MESSAGE,
  FOUR_DIGIT_YEAR_MESSAGE,
  ISO_DATE_MESSAGE,
  seriesPointRule,
  WHOLE_YEAR_MESSAGE,
} from '../_lib/assessInputRules.js';
import { isIsoDateCached } from '../_lib/time.js';

/** An ISO date such as `2023-12-31` (a date-time is accepted and read by date-fns). */
export const IsoDate = /* @__PURE__ */ z
  .string()
  .refine(isIsoDateCached, { message: ISO_DATE_MESSAGE })
  .meta({ id: 'IsoDate' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A calendar year such as 2023. */
export const Year = /* @__PURE__ */ z
  .number()
  .int(WHOLE_YEAR_MESSAGE)
  .min(1000, FOUR_DIGIT_YEAR_MESSAGE)
  .max(9999, FOUR_DIGIT_YEAR_MESSAGE);

/**
 * One observed figure of a series: `{ year, value }` or `{ date, value }`.
 * A yearly figure stands at the end of its year (2023 → 2023-12-31).
 */
export const SeriesPoint = /* @__PURE__ */ z
  .object({
    year: Year.optional(),
    date: IsoDate.optional(),
    value: z.number({ error: FINITE_MESSAGE }).finite(FINITE_MESSAGE),
  })
  .superRefine(seriesPointRule)
  .meta({ id: 'SeriesPoint' });
export type SeriesPoint = z.infer<typeof SeriesPoint>;
