import { LocalizedText, Slug } from '@plan/indicators';
import { z } from 'zod';
import { BaselineFactId } from './baselineFact.js';
import { IndicatorRef } from './indicatorRef.js';
import { Location } from './location.js';
import { Remark } from './remark.js';
import { TargetComparator, TargetId } from './target.js';

/**
 * What kind of disagreement a finding records:
 *
 * - `table-vs-text`: a number in the prose or a 专栏 differs from an indicator table.
 * - `text-vs-text`: two places in the text state different things.
 * - `comparator-mismatch`: the same number, with comparators that differ (达20% vs ＞20).
 * - `count-claim`: the plan counts its own contents, and the count does not match.
 * - `name-mismatch`: one thing printed under two names.
 * - `numbering`: printed numbers skip or are missing, so counts depend on how one reads.
 * - `sum-mismatch`: parts that do not add up to the whole they are stated with.
 * - `ambiguity`: one sentence that can be read two ways.
 */
export const FindingKind = z
  .enum([
    'table-vs-text',
    'text-vs-text',
    'comparator-mismatch',
    'count-claim',
    'name-mismatch',
    'numbering',
    'sum-mismatch',
    'ambiguity',
  ])
  .meta({ id: 'FindingKind' });
export type FindingKind = z.infer<typeof FindingKind>;

/**
 * - `high`: the readings give different numbers or meanings; a reader cannot tell what is meant.
 * - `medium`: the difference decides a boundary case (exactly 20 meets 达20% but not ＞20), or the scope is unclear.
 * - `low`: wording, numbering, or a comparator that changes nothing in practice (99 vs 99%以上 for a rate to raise).
 */
export const Severity = z.enum(['high', 'medium', 'low']).meta({ id: 'Severity' });
export type Severity = z.infer<typeof Severity>;

const quantity = {
  label: LocalizedText.optional().describe(
    'What this reading is of, e.g. the indicator or the metric',
  ),
  printedValue: z.string().min(1).optional(),
  value: z.number().finite().optional(),
  upper: z.number().finite().optional(),
  comparator: TargetComparator.optional(),
};

/**
 * Where a printed reading stands: a place in the plan text, whose line is absent only for a
 * table cell of a plan added as a file (a plan file gives its tables, not their lines).
 */
export const ReadingLocation = Location.extend({
  line: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The line in the plan text; absent for a table cell of a plan added as a file'),
}).meta({ id: 'ReadingLocation' });
export type ReadingLocation = z.infer<typeof ReadingLocation>;

/** A reading the plan prints: `text` is verbatim (a clause, or a table cell). */
export const PrintedReading = z
  .object({
    basis: z.literal('printed'),
    text: z.string().min(1),
    ...quantity,
    location: ReadingLocation,
    targetId: TargetId.optional(),
    factId: BaselineFactId.optional(),
    indicatorId: IndicatorRef.optional(),
    indicatorPart: Slug.optional(),
  })
  .strict()
  .meta({ id: 'PrintedReading' });
export type PrintedReading = z.infer<typeof PrintedReading>;

/** A reading we derived by counting or computing (91 measure paragraphs; 58 − 5 × 0.5). */
export const DerivedReading = z
  .object({
    basis: z.literal('derived'),
    description: LocalizedText,
    ...quantity,
    location: Location.optional(),
  })
  .strict()
  .meta({ id: 'DerivedReading' });
export type DerivedReading = z.infer<typeof DerivedReading>;

export const Reading = z
  .discriminatedUnion('basis', [PrintedReading, DerivedReading])
  .meta({ id: 'Reading' });
export type Reading = z.infer<typeof Reading>;

/** One place where the plan disagrees with itself or its tables, with every reading. */
export const ConsistencyFinding = z
  .object({
    id: z
      .string()
      .regex(/^F-[a-z0-9-]+$/, 'expected a finding id such as "F-referees-second-grade"'),
    kind: FindingKind,
    severity: Severity,
    origin: z
      .enum(['derived', 'curated'])
      .describe('derived: found by checkConsistency; curated: needed a human reading of the text'),
    title: LocalizedText,
    readings: z.array(Reading).min(2, 'a finding needs at least two readings'),
    explanation: Remark,
    indicatorIds: z.array(IndicatorRef),
    targetIds: z.array(TargetId),
    projects: z
      .array(z.number().int().positive())
      .describe('The numbers of the projects concerned'),
  })
  .strict()
  .meta({ id: 'ConsistencyFinding' });
export type ConsistencyFinding = z.infer<typeof ConsistencyFinding>;
