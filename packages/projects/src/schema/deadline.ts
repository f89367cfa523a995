import { z } from 'zod';

/**
 * When a target is due. `inferred` is false where the text states the year
 * (到2025年, 2023年…), true where it states none and we take the plan's end.
 */
export const Deadline = z
  .object({
    year: z.number().int().min(1000).max(9999).describe('A year, four digits'),
    date: z.iso.date().optional().describe('ISO YYYY-MM-DD, where the text states a day'),
    inferred: z.boolean(),
  })
  .strict()
  .refine(
    (deadline) => deadline.date === undefined || deadline.date.startsWith(`${deadline.year}-`),
    {
      message: 'deadline.date must fall within deadline.year',
      path: ['date'],
    },
  )
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;
