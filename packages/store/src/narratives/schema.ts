import { narrativeSections, reportKinds } from '@plan/scoring';
import { z } from 'zod';

/**
 * The written sections of reports (成效, 问题, 下一步) at the store's boundary: one text per plan,
 * report kind, report period and section, versioned, every change kept.
 */

/** The most characters (Unicode code points) a section's text may have. */
export const NARRATIVE_MAX_CHARS = 20_000;

/** A report period: `YYYY` for an annual report, `midterm` or `final` for those reports. */
const ReportPeriodKey = z
  .string()
  .regex(/^(\d{4}|midterm|final)$/, 'expected a year (YYYY), "midterm" or "final"');

/** One section of one report, as written to the store. */
export const NarrativePut = z
  .object({
    kind: z.enum(reportKinds),
    period: ReportPeriodKey,
    section: z.enum(narrativeSections),
    text: z
      .string()
      .refine((text) => [...text].length <= NARRATIVE_MAX_CHARS, {
        message: `at most ${NARRATIVE_MAX_CHARS} characters`,
      })
      .describe('The section’s text; an empty text brings the generated draft back'),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'The version the author edited (0: none written yet); a different one is refused as stale',
      ),
  })
  .refine(({ kind, period }) => (kind === 'annual' ? /^\d{4}$/.test(period) : period === kind), {
    path: ['period'],
    message:
      'an annual report’s period is its year (YYYY); a midterm or final report’s is its kind',
  });
export type NarrativePut = z.infer<typeof NarrativePut>;

/** A stored section of a report. */
export const StoredNarrative = z
  .object({
    kind: z.enum(reportKinds),
    period: z.string(),
    section: z.enum(narrativeSections),
    text: z.string(),
    version: z.number().int().describe('1 when first written, +1 on every change'),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'StoredNarrative' });
export type StoredNarrative = z.infer<typeof StoredNarrative>;

/** One change of a section: its text after the change, who made it and when. */
export type NarrativeRevision = {
  version: number;
  text: string;
  actor: string;
  actorId: string | null;
  at: string;
};
