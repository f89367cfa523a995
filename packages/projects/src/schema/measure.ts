import { z } from 'zod';
import { MeasureId } from './location.js';
import { TargetId, TargetInput } from './target.js';

const LineRange = z
  .object({ start: z.number().int().positive(), end: z.number().int().positive() })
  .strict()
  .refine((lines) => lines.start <= lines.end, {
    message: 'lines.start must not be after lines.end',
  });

/** A numbered paragraph (工作举措) of a 专栏: the plan's own words, our summary, its targets. */
export const Measure = z
  .object({
    id: MeasureId,
    position: z.number().int().positive().describe('Its place in the box, from 1; the id uses it'),
    number: z
      .string()
      .regex(/^（[1-9]\d*）$/, 'expected the number as printed, e.g. "（3）"')
      .nullable()
      .describe('The number as printed, "（3）"; null where the plan prints none'),
    text: z
      .string()
      .min(1)
      .describe(
        'The paragraph verbatim, without its printed number and the spaces around it; a paragraph the source breaks over lines is joined without the break',
      ),
    summary: z.object({ en: z.string().trim().min(1) }).strict(),
    lines: LineRange.describe('First and last line of the paragraph in the plan text'),
    targetIds: z.array(TargetId).describe('The targets it states, in order'),
  })
  .strict()
  .meta({ id: 'Measure' });
export type Measure = z.infer<typeof Measure>;

/** A measure as authored; its id, position and target ids are derived. */
export const MeasureInput = z
  .object({
    number: Measure.shape.number,
    text: Measure.shape.text,
    summary: Measure.shape.summary,
    line: z.number().int().positive(),
    endLine: z.number().int().positive().optional().describe('Where the paragraph runs over lines'),
    targets: z.array(TargetInput).optional(),
  })
  .strict()
  .meta({ id: 'MeasureInput' });
export type MeasureInput = z.input<typeof MeasureInput>;
