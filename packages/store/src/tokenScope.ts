import { z } from 'zod';

/** The ids one part of a scope names: at least one (an empty list would confine to nothing), at most 500. */
const ScopeIds = (what: string) =>
  z
    .array(z.string().trim().min(1).max(200))
    .min(1)
    .max(500)
    .optional()
    .describe(`Only these ${what} (ids); absent = any`);

/**
 * What a token may write, beyond its role: only these regions, and optionally only these
 * tables, indicators or projects; a token of a unit (单位) reports only on the items that unit
 * is responsible for (the API checks that against the responsibility list). Each part absent =
 * no restriction by it; a token with no scope at all (null) writes as before. Which ids exist
 * is for the caller (the API) to check.
 */
export const TokenScope = z
  .object({
    regions: ScopeIds('regions'),
    tables: ScopeIds('tables of the plan'),
    indicators: ScopeIds('indicators'),
    projects: ScopeIds('projects'),
    unit: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe(
        'The unit (单位) the token reports for: it writes figures and reports only on items that unit leads or cooperates on',
      ),
  })
  .strict()
  .meta({ id: 'TokenScope' });
export type TokenScope = z.infer<typeof TokenScope>;
