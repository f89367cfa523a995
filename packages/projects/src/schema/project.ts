import { LocalizedText } from '@plan/indicators';
import { z } from 'zod';
import { Measure, MeasureInput } from './measure.js';
import { Heading } from './outline.js';

export const Box = z
  .object({
    number: z.number().int().positive().describe('专栏N: the number of its project'),
    printed: z
      .string()
      .min(1)
      .describe('The box heading as printed, e.g. "专栏1  铸牢中华民族共同体意识教育工程"'),
    title: LocalizedText.describe(
      'The title as printed in the box; compared with 附表1 by checkConsistency',
    ),
    line: z.number().int().positive(),
  })
  .strict()
  .meta({ id: 'Box' });
export type Box = z.infer<typeof Box>;

/**
 * One of the plan's major projects (重大项目工程) listed in its annex (附表1),
 * with the 专栏 that describes it. How many there are is the plan's; the count
 * the annex states is checked by `checkConsistency`.
 */
export const Project = z
  .object({
    number: z.number().int().positive().describe('Its number in the annex (附表1), from 1'),
    name: LocalizedText.describe(
      'zh verbatim from 附表1, trimmed (附表1 prints three names with a leading space)',
    ),
    annexLine: z.number().int().positive().describe('The line of the name in 附表1'),
    box: Box,
    chapter: Heading,
    section: Heading,
    subsection: Heading,
    measures: z.array(Measure).min(1),
  })
  .strict()
  .meta({ id: 'Project' });
export type Project = z.infer<typeof Project>;

/** A project as authored; where it sits (chapter, section, subsection) is derived from its box's line. */
export const ProjectInput = z
  .object({
    number: Project.shape.number,
    name: LocalizedText,
    annexLine: Project.shape.annexLine,
    box: z
      .object({ printed: Box.shape.printed, title: z.string().min(1), line: Box.shape.line })
      .strict(),
    measures: z.array(MeasureInput).min(1),
  })
  .strict()
  .meta({ id: 'ProjectInput' });
export type ProjectInput = z.input<typeof ProjectInput>;
