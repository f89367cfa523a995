import type { components } from '@plan/api/client';
import type { RegionComparison } from '@plan/scoring';

// The comparison's types are the API's: @plan/scoring's compareRegions schemas, which
// its route answers with, and the answer's data basis from the generated client.
// Type-only imports: nothing of them is bundled.
export type { AdditiveCheck, MatrixCell } from '@plan/scoring';

type ComparisonResponse = components['schemas']['ComparisonResponse'];

/**
 * GET /api/v1/comparison: the comparison, and whether illustrative or submitted
 * (not yet approved) figures were among those compared.
 */
export type ComparisonAnswer = RegionComparison &
  Pick<
    ComparisonResponse,
    'illustrative' | 'includeSubmitted' | 'usedSubmitted' | 'dataVersion' | 'observationsUsed'
  >;
