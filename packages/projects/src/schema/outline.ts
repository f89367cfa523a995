import { LocalizedText } from '@plan/indicators';
import { z } from 'zod';

/**
 * A heading of the plan. `number` is its place among its siblings; the plan
 * prints it for some headings (第四节) and not for others (the first three
 * sections of 第三章, the whole fifth chapter 组织保障), hence `numberPrinted`.
 */
export const Heading = z
  .object({
    number: z.number().int().positive(),
    numberPrinted: z.boolean(),
    printed: z.string().min(1).describe('The heading line as printed, trimmed'),
    title: LocalizedText.describe('The title without its number; zh verbatim'),
    line: z.number().int().positive(),
  })
  .strict()
  .meta({ id: 'Heading' });
export type Heading = z.infer<typeof Heading>;

export const Section = Heading.extend({ subsections: z.array(Heading) }).meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;

export const Chapter = Heading.extend({ sections: z.array(Section) }).meta({ id: 'Chapter' });
export type Chapter = z.infer<typeof Chapter>;

/** The chapters, sections and subsections (一、二、…) of the plan, with the line of each. */
export const Outline = z
  .object({ chapters: z.array(Chapter).min(1), annexLine: z.number().int().positive() })
  .strict()
  .meta({ id: 'Outline' });
export type Outline = z.infer<typeof Outline>;
