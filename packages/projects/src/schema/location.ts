import { z } from 'zod';

/** `P07-M3`: the third measure (工作举措) of project 7, counted by position in its box. */
export const MeasureId = z
  .string()
  .regex(
    /^P(?:0[1-9]|1\d|20)-M[1-9]\d*$/,
    'expected a measure id such as "P07-M3" (project 01–20, then the measure\'s position from 1)',
  )
  .meta({ id: 'MeasureId' });
export type MeasureId = z.infer<typeof MeasureId>;

/**
 * Where something is stated in the plan. `line` is the 1-based line in the
 * plan text (`000_c086ad971ec74f12.txt`); chapter, section and subsection are
 * the headings above it (numbered as the plan would number them, also where it
 * prints no number — see `ordosOutline`); box and measure are set inside a 专栏.
 */
export const Location = z
  .object({
    chapter: z.number().int().min(1).optional().describe('第N章; absent for the annex'),
    section: z.number().int().min(1).optional().describe('第N节 within the chapter'),
    subsection: z.number().int().min(1).optional().describe('一、二、… within the section'),
    box: z.number().int().min(1).max(20).optional().describe('专栏N'),
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
