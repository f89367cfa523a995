import { Slug } from '@plan/indicators';
import * as z from 'zod';

/** One indicator continued from the predecessor plan: the same measure under this plan's id. */
export const SuccessionLink = /* @__PURE__ */ z
  .object({
    from: Slug.describe('The indicator id in the predecessor plan'),
    to: Slug.describe('The indicator id in this plan'),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('How the two differ, if at all (a changed definition, a renamed row)'),
  })
  .strict()
  .meta({ id: 'SuccessionLink' });
export type SuccessionLink = z.infer<typeof SuccessionLink>;

/**
 * The plan this one follows (the 14th Five-Year plan for the 15th) and the
 * indicators it continues, so the predecessor's final values can serve as
 * this plan's baselines and a series reads across both plans.
 */
export const Succession = /* @__PURE__ */ z
  .object({
    predecessor: Slug.describe('The id of the predecessor plan'),
    links: z.array(SuccessionLink).default([]),
  })
  .strict()
  .meta({ id: 'Succession' });
export type Succession = z.infer<typeof Succession>;
