import { z } from 'zod';
import { MEASURE_PART } from '../_lib/idPatterns.js';

/** `P07-M3`: the third measure (工作举措) of project 7, counted by position in its box. */
export const MeasureId = z
  .string()
  .regex(
    new RegExp(`^${MEASURE_PART}$`),
    'expected a measure id such as "P07-M3" (P and the project number in two digits or more, then M and the measure\'s position from 1)',
  )
  .meta({ id: 'MeasureId' });
export type MeasureId = z.infer<typeof MeasureId>;

/**
 * Where something is stated in the plan. `line` is the 1-based line in the
 * plan text (for the Ordos plan `000_c086ad971ec74f12.txt`); chapter, section
 * and subsection are the headings above it (numbered as the plan would number
 * them, also where it prints no number — see the outline's `numberPrinted`);
 * box and measure are set inside a 专栏.
 */
export const Location = z
  .object({
    chapter: z.number().int().min(1).optional().describe('第N章; absent for the annex'),
    section: z.number().int().min(1).optional().describe('第N节 within the chapter'),
    subsection: z.number().int().min(1).optional().describe('一、二、… within the section'),
    box: z.number().int().positive().optional().describe('专栏N'),
    measure: MeasureId.optional(),
    table: z
      .string()
      .min(1)
      .optional()
      .describe('An indicator table id of @plan/indicators, or "annex-1" for 附表1'),
    line: z.number().int().positive(),
  })
  .strict()
  .meta({ id: 'Location' });
export type Location = z.infer<typeof Location>;
