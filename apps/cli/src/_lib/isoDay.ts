import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** A calendar day written YYYY-MM-DD, such as the `--as-of` date; 2023-02-30 is refused. */
export const IsoDay = z
  .string({ error: 'expected a date as YYYY-MM-DD, such as 2023-12-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD, such as 2023-12-31')
  .refine((text) => {
    const date = parseISO(text);
    return isValid(date) && formatDay(date) === text;
  }, 'not a real calendar date');
export type IsoDay = z.infer<typeof IsoDay>;

function formatDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
