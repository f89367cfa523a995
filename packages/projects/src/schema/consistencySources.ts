import { LocalizedText, Slug } from '@plan/indicators';
import { z } from 'zod';
import { BaselineFact, BaselineFactId } from './baselineFact.js';
import { ConsistencyFinding, FindingKind, Severity } from './consistencyFinding.js';
import { IndicatorRef } from './indicatorRef.js';
import { Outline } from './outline.js';
import { Remark } from './remark.js';
import { TargetComparator, TargetId } from './target.js';

/** The plan's count of its own projects (附表1 说明: 20个项目工程共包含22个实施方案95项工作举措). */
export const PlanClaim = z
  .object({
    text: z.string().min(1),
    line: z.number().int().positive(),
    projects: z.number().int().nonnegative(),
    implementationPlans: z.number().int().nonnegative(),
    measures: z.number().int().nonnegative(),
  })
  .strict()
  .meta({ id: 'PlanClaim' });
export type PlanClaim = z.infer<typeof PlanClaim>;

/**
 * A list the plan counts as it names it (“七个一”, “三个百分百”): the printed
 * count, and the targets we read from the list, which must be as many.
 */
export const ListClaim = z
  .object({
    id: Slug,
    text: z.string().min(1).describe('The name of the list as printed, e.g. “七个100行动”'),
    line: z.number().int().positive(),
    count: z.number().int().positive(),
    targetIds: z.array(TargetId).min(1),
  })
  .strict()
  .meta({ id: 'ListClaim' });
export type ListClaim = z.infer<typeof ListClaim>;

/**
 * A number to add up: a target's value, a baseline fact's value, or a value
 * of an indicator (its value in the plan's baseline year or target year, the
 * increase between them, or its baseline's gap over the benchmark region's).
 */
export const QuantityRef = z
  .union([
    z.object({ target: TargetId }).strict(),
    z.object({ fact: BaselineFactId }).strict(),
    z
      .object({
        indicator: IndicatorRef,
        part: Slug.optional(),
        value: z.enum(['baseline', 'target', 'increase', 'baseline-gap']),
      })
      .strict(),
  ])
  .meta({ id: 'QuantityRef' });
export type QuantityRef = z.infer<typeof QuantityRef>;

/**
 * Parts the plan states beside a whole. `equals`: they must add up to it.
 * `satisfies`: their sum must meet the whole's comparator (the whole is a target).
 */
export const SumCheck = z
  .object({
    id: Slug,
    title: LocalizedText,
    parts: z.array(QuantityRef).min(1),
    whole: QuantityRef,
    relation: z.enum(['equals', 'satisfies']),
  })
  .strict()
  .meta({ id: 'SumCheck' });
export type SumCheck = z.infer<typeof SumCheck>;

/** Where a table prints one value of an indicator: the line of the cell, checked against the plan text. */
export const TableCell = z
  .object({
    indicator: IndicatorRef,
    part: Slug.optional(),
    column: z
      .enum(['baseline', 'target'])
      .describe("The subject region's column for the plan's baseline year or target year"),
    line: z.number().int().positive(),
  })
  .strict()
  .meta({ id: 'TableCell' });
export type TableCell = z.infer<typeof TableCell>;

/** A reading of a curated finding, as authored: resolved by `checkConsistency`. */
export const CuratedReadingInput = z
  .union([
    z
      .object({
        text: z.string().min(1).describe('Verbatim from the plan, found on `line`'),
        line: z.number().int().positive(),
        label: LocalizedText.optional(),
        printedValue: z.string().min(1).optional(),
        value: z.number().finite().optional(),
        upper: z.number().finite().optional(),
        comparator: TargetComparator.optional(),
      })
      .strict(),
    z.object({ target: TargetId }).strict(),
    z.object({ fact: BaselineFactId }).strict(),
    z
      .object({
        indicator: IndicatorRef,
        part: Slug.optional(),
        column: z.enum(['baseline', 'target']).optional(),
      })
      .strict(),
    z
      .object({
        description: LocalizedText,
        value: z.number().finite().optional(),
        comparator: TargetComparator.optional(),
      })
      .strict(),
  ])
  .meta({ id: 'CuratedReadingInput' });
export type CuratedReadingInput = z.input<typeof CuratedReadingInput>;

/** A contradiction that needs a human reading of the text to see. */
export const CuratedFinding = z
  .object({
    id: ConsistencyFinding.shape.id,
    kind: FindingKind,
    severity: Severity,
    title: LocalizedText,
    readings: z.array(CuratedReadingInput).min(2),
    explanation: Remark,
    projects: z.array(z.number().int().positive()).optional(),
  })
  .strict()
  .meta({ id: 'CuratedFinding' });
export type CuratedFinding = z.input<typeof CuratedFinding>;

/**
 * Our reading of a derived finding: an explanation added to the generated one,
 * and where a human reading shows the generated severity is off, another.
 */
export const FindingOverride = z
  .object({ explanation: Remark, severity: Severity.optional() })
  .strict()
  .meta({ id: 'FindingOverride' });
export type FindingOverride = z.infer<typeof FindingOverride>;

/** Everything `checkConsistency` needs besides the projects, targets and indicator plan. */
export const ConsistencySources = z
  .object({
    outline: Outline,
    claim: PlanClaim.optional().describe('Absent where the plan does not count its own projects'),
    listClaims: z.array(ListClaim),
    baselines: z.array(BaselineFact),
    tableCells: z.array(TableCell),
    sumChecks: z.array(SumCheck),
    curated: z.array(CuratedFinding),
    overrides: z
      .record(z.string(), FindingOverride)
      .describe('Our reading of a derived finding, by finding id'),
  })
  .strict()
  .meta({ id: 'ConsistencySources' });
export type ConsistencySources = z.input<typeof ConsistencySources>;
