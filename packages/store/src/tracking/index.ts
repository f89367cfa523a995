import type { StoreContext } from '../_lib/storeContext.js';
import { createEvidence } from './evidence.js';
import { createMeasureReports } from './measureReports.js';
import { createReportingCycle } from './reportingCycle.js';
import { createResponsibilities } from './responsibilities.js';

/** The tracking records of one plan: responsibilities, measure reports, evidence, reporting cycle. */
export function createPlanTracking(context: StoreContext, planId: string) {
  return {
    ...createResponsibilities(context, planId),
    ...createMeasureReports(context, planId),
    ...createEvidence(context, planId),
    ...createReportingCycle(context, planId),
  };
}
