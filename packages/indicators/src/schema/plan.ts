import * as z from 'zod';
import { DataNote, Indicator, Slug } from './indicator.js';
import { LocalizedText } from './localizedText.js';
import { Region } from './region.js';
import { IndicatorTable } from './table.js';

export const PlanMeta = /* @__PURE__ */ z
  .object({
    id: Slug,
    title: LocalizedText,
    issuer: Slug.describe('The region whose government issued the plan'),
    period: z
      .object({ start: z.number().int(), end: z.number().int() })
      .strict()
      .refine((period) => period.start <= period.end, {
        message: 'period.start must not be after period.end',
      }),
    baselineYear: z.number().int(),
    targetYear: z.number().int(),
    subjectRegion: Slug.describe('The region the plan sets targets for'),
    benchmarkRegion: Slug.describe('The region whose values the tables print beside it'),
    notes: z.array(DataNote).default([]),
  })
  .strict()
  .meta({ id: 'PlanMeta' });
export type PlanMeta = z.infer<typeof PlanMeta>;

/** A whole plan, parsed: metadata, regions, tables and every indicator. */
export const Plan = /* @__PURE__ */ PlanMeta.extend({
  regions: z.array(Region).min(1),
  tables: z.array(IndicatorTable).min(1),
  indicators: z.array(Indicator),
}).meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;
