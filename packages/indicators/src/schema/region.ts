import * as z from 'zod';
import { Slug } from './indicator.js';
import { LocalizedText } from './localizedText.js';

export const RegionLevel = /* @__PURE__ */ z
  .enum(['province', 'city', 'district', 'banner', 'county'])
  .meta({ id: 'RegionLevel' });
export type RegionLevel = z.infer<typeof RegionLevel>;

export const Region = /* @__PURE__ */ z
  .object({
    id: Slug,
    name: LocalizedText,
    level: RegionLevel,
    parent: Slug.optional(),
    divisionCode: z
      .string()
      .regex(/^\d{6}$/, 'expected a six-digit administrative division code (GB/T 2260)')
      .optional(),
  })
  .strict()
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;
