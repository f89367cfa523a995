import type { RegionComparison } from '@plan/scoring';

// The comparison's types are @plan/scoring's (compareRegions' zod schemas), as the
// API answers with them: type-only imports, nothing of them is bundled.
export type { AdditiveCheck, MatrixCell } from '@plan/scoring';

/**
 * GET /api/v1/comparison: the comparison, and whether illustrative or submitted
 * (not yet approved) figures were among those compared.
 */
export type ComparisonAnswer = RegionComparison & {
  illustrative?: boolean;
  usedSubmitted?: boolean;
};
