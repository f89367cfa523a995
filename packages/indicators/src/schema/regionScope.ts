import * as z from 'zod';
import { LocalizedText } from './localizedText.js';

/**
 * How an indicator is judged across a plan's regions. `each-region`: every
 * region under the subject (a district, a banner) is judged on its own figures.
 * `subject-only`: the indicator is about the subject region as a whole (the
 * share of 旗区 that meet a standard), so it is never scored per district.
 */
export const RegionJudged = /* @__PURE__ */ z
  .enum(['each-region', 'subject-only'])
  .meta({ id: 'RegionJudged' });
export type RegionJudged = z.infer<typeof RegionJudged>;

/**
 * An indicator's region scope. A plan rarely states one: an entry is a
 * reading of the plan, so `reason` says why it was read so (both languages).
 * Left out, an indicator is judged in each region and is not additive.
 */
export const RegionScope = /* @__PURE__ */ z
  .object({
    judged: RegionJudged,
    additive: z
      .boolean()
      .optional()
      .describe(
        'The regions’ values add up to the subject region’s (counts such as parks, trails, schools)',
      ),
    reason: LocalizedText.optional().describe(
      'Why the indicator is read so: our reading, not the plan’s',
    ),
  })
  .strict()
  .meta({ id: 'RegionScope' });
export type RegionScope = z.infer<typeof RegionScope>;

/** The scope of an indicator without a `regionScope`: judged in each region, not additive. */
const DEFAULT_SCOPE = { judged: 'each-region', additive: false } as const;

/**
 * An indicator's region scope with the defaults filled in: judged in each
 * region and not additive unless it says otherwise.
 *
 * @example
 *   regionScopeOf({ regionScope: { judged: 'subject-only', reason } }); // { judged: 'subject-only', additive: false }
 *   regionScopeOf({}); // { judged: 'each-region', additive: false }
 */
export function regionScopeOf(indicator: { regionScope?: RegionScope | undefined }): {
  judged: RegionJudged;
  additive: boolean;
} {
  const scope = indicator.regionScope;
  return scope ? { judged: scope.judged, additive: scope.additive ?? false } : DEFAULT_SCOPE;
}
