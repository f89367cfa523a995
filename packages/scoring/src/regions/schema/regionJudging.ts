import * as z from 'zod';
import { IndicatorAssessment } from '../../schema/indicatorAssessment.js';

/** What is missing for a region to be judged: a base-year value (of one part, for a split indicator) or a target. */
export const RegionMissing = /* @__PURE__ */ z
  .object({
    kind: z.enum(['baseline', 'target']),
    year: z.number().int().describe('The base year, or the target year'),
    part: z.string().nullable().describe('The part of a split indicator; null for the whole'),
  })
  .meta({ id: 'RegionMissing' });
export type RegionMissing = z.infer<typeof RegionMissing>;

/**
 * How a region was judged. `baseline`: `plan` — the plan's own figures (the
 * subject and benchmark regions, judged as `assessIndicator` judges them);
 * `region` — the region's own value in the plan's base year; `missing` — it
 * has none ("no district baseline": not judged, never from the subject's
 * baseline). `target`: `plan` — the plan's own; `region-target` — one set for
 * the region (`targetSource` names the document); `subject-target` — the
 * subject region's target applied ("city target applied"); `none`.
 */
export const RegionJudging = /* @__PURE__ */ z
  .object({
    baseline: z.enum(['plan', 'region', 'missing']),
    target: z.enum(['plan', 'region-target', 'subject-target', 'none']),
    targetSource: z.string().nullable().describe('For a region target: the document that set it'),
    notJudgedReason: z
      .literal('subject-only')
      .optional()
      .describe('The indicator is about the subject region as a whole: never scored per district'),
    missing: z.array(RegionMissing).describe('What the region lacks to be judged (fully)'),
  })
  .meta({ id: 'RegionJudging' });
export type RegionJudging = z.infer<typeof RegionJudging>;

/** One indicator assessed for one region, with how the region was judged. */
export const RegionIndicatorAssessment = /* @__PURE__ */ IndicatorAssessment.extend({
  regionJudging: RegionJudging,
}).meta({ id: 'RegionIndicatorAssessment' });
export type RegionIndicatorAssessment = z.infer<typeof RegionIndicatorAssessment>;
