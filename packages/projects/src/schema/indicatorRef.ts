import { Slug } from '@plan/indicators';
import type { z } from 'zod';

/**
 * The id of an indicator of the plan (`preschool-enrolment-rate`). The schema
 * checks its form only: which ids exist is the plan's, so `buildCatalogue`
 * checks each reference against the plan's indicators and names the path of
 * an unknown one, and `checkConsistency` does the same for its sources.
 */
export const IndicatorRef = Slug.describe('The id of one of the plan’s indicators').meta({
  id: 'IndicatorRef',
});
export type IndicatorRef = z.infer<typeof IndicatorRef>;
