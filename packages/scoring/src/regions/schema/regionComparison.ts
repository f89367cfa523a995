import { LocalizedText, RegionLevel } from '@plan/indicators';
import * as z from 'zod';
import { Method } from '../../schema/assessInput.js';
import { AnyStatus } from '../../schema/indicatorAssessment.js';
import { RegionJudging } from './regionJudging.js';

/** A region compared: a district or banner under the plan's subject region. */
export const RegionRef = /* @__PURE__ */ z
  .object({
    id: z.string(),
    name: LocalizedText,
    level: RegionLevel,
    divisionCode: z.string().nullable(),
  })
  .meta({ id: 'RegionRef' });
export type RegionRef = z.infer<typeof RegionRef>;

/** One indicator of one region in the comparison matrix. */
export const MatrixCell = /* @__PURE__ */ z
  .object({
    indicatorId: z.string(),
    status: AnyStatus,
    label: LocalizedText,
    value: z
      .number()
      .nullable()
      .describe(
        'The latest value on or before asOf (a ratio: its scored share); null without one or for a split indicator',
      ),
    date: z
      .string()
      .nullable()
      .describe('The ISO date of that value (a yearly value stands on 31 December)'),
    completion: z
      .number()
      .nullable()
      .describe('(latest − base) ÷ (target − base): 1 = the target reached; null without them'),
    timeElapsed: z.number().describe('时序进度: the share of the plan period passed on asOf'),
    baseline: RegionJudging.shape.baseline,
    target: RegionJudging.shape.target,
    change: z
      .number()
      .nullable()
      .describe('The value now minus the latest value on or before previousAsOf, in the unit'),
    previousStatus: AnyStatus.nullable().describe('The status as of previousAsOf'),
    notJudged: z
      .literal('subject-only')
      .optional()
      .describe('About the subject region as a whole: not scored per district'),
  })
  .meta({ id: 'MatrixCell' });
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = /* @__PURE__ */ z
  .object({ region: z.string(), cells: z.array(MatrixCell) })
  .meta({ id: 'MatrixRow' });
export type MatrixRow = z.infer<typeof MatrixRow>;

/** One region's place in the ranking, with what it was computed from. */
export const RankingRow = /* @__PURE__ */ z
  .object({
    region: z.string(),
    score: z
      .number()
      .nullable()
      .describe('Weighted mean of the status points (0–100); null when unranked'),
    rank: z.number().int().nullable().describe('1 = best; null when unranked (see unranked)'),
    judged: z.number().int().describe('Indicators with a status that has points'),
    expected: z.number().int().describe('Indicators judged per region'),
    missing: z.number().int().describe('Expected but without a status that has points'),
    coverage: z.number().describe('judged ÷ expected'),
    counts: z.record(z.string(), z.number().int()).describe('Indicators per status'),
    unranked: LocalizedText.nullable().describe('Why the region is not ranked'),
  })
  .meta({ id: 'RankingRow' });
export type RankingRow = z.infer<typeof RankingRow>;

/** The composite ranking and how it is computed. */
export const Ranking = /* @__PURE__ */ z
  .object({
    method: LocalizedText.describe('How the score is computed, in one paragraph'),
    points: z.record(z.string(), z.number()).describe('Points per status of the method'),
    weights: z.record(z.string(), z.number()).describe('Weight per indicator judged per region'),
    coverageFloor: z.number().describe('The least coverage a ranked region has'),
    rows: z.array(RankingRow).describe('Ranked regions best first, then the unranked'),
  })
  .meta({ id: 'Ranking' });
export type Ranking = z.infer<typeof Ranking>;

/** How many of the indicators due were reported in one year. */
export const CompletenessYear = /* @__PURE__ */ z
  .object({
    year: z.number().int(),
    expected: z.number().int(),
    reported: z.number().int(),
    rate: z.number().nullable().describe('reported ÷ expected; null when nothing is expected'),
    notReported: z.array(z.string()).describe('The indicators due but not reported'),
  })
  .meta({ id: 'CompletenessYear' });
export type CompletenessYear = z.infer<typeof CompletenessYear>;

/** DHIS2-style reporting rates per region and year. */
export const Completeness = /* @__PURE__ */ z
  .object({
    rule: LocalizedText,
    periods: z
      .array(z.number().int())
      .describe('The years due on asOf: base year to the last ended'),
    rows: z.array(
      z.object({
        region: z.string(),
        byYear: z.array(CompletenessYear),
        expected: z.number().int(),
        reported: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Completeness' });
export type Completeness = z.infer<typeof Completeness>;

/** A value far off its region's own trend: flagged for review, nothing changed. */
export const Outlier = /* @__PURE__ */ z
  .object({
    region: z.string(),
    indicatorId: z.string(),
    date: z.string(),
    value: z.number(),
    expected: z.number().describe('The value on the trend of the region’s other values'),
    deviation: z.number().describe('value − expected'),
    threshold: z.number().describe('How far off counts as an outlier here'),
    reason: LocalizedText,
  })
  .meta({ id: 'Outlier' });
export type Outlier = z.infer<typeof Outlier>;

/** The districts' values of an additive indicator summed and set beside the subject region's own. */
export const AdditiveCheck = /* @__PURE__ */ z
  .object({
    indicatorId: z.string(),
    date: z.string(),
    derived: z.number().describe('The sum of the districts that reported'),
    reported: z.number().nullable().describe('The subject region’s own figure, never replaced'),
    difference: z.number().nullable().describe('derived − reported'),
    regionsReported: z.number().int(),
    regionsExpected: z.number().int(),
    missingRegions: z.array(z.string()),
    status: z.enum(['match', 'mismatch', 'incomplete', 'no-subject-figure']),
  })
  .meta({ id: 'AdditiveCheck' });
export type AdditiveCheck = z.infer<typeof AdditiveCheck>;

/** The districts of a plan compared: matrix, ranking, completeness, outliers, additive checks. */
export const RegionComparison = /* @__PURE__ */ z
  .object({
    planId: z.string(),
    subjectRegion: z.string(),
    asOf: z.string(),
    previousAsOf: z.string().nullable(),
    method: Method,
    timeElapsed: z.number(),
    regions: z.array(RegionRef),
    indicators: z.array(z.string()),
    matrix: z.array(MatrixRow),
    ranking: Ranking,
    completeness: Completeness,
    outlierRule: LocalizedText,
    outliers: z.array(Outlier),
    additiveChecks: z.array(AdditiveCheck),
  })
  .meta({ id: 'RegionComparison' });
export type RegionComparison = z.infer<typeof RegionComparison>;
