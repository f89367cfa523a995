import type { Observation as StoredObservation } from '@plan/observations';
import { type Method, ScoringInputError } from '@plan/scoring';
import { withStore } from '../_lib/openCliStore.js';
import type { CliContext } from '../cliContext.js';
import { dataError } from '../exitCodes.js';
import type { CliPlan } from '../plans/cliPlan.js';
import { withCarriedBaselines } from '../plans/withCarriedBaselines.js';
import { type AssessmentRun, runAssessment } from './runAssessment.js';

type AssessFromStoreOptions = {
  asOf: string;
  regions: readonly string[];
  methods: readonly Method[];
  includeIllustrative: boolean;
  /** Also use figures a district submitted and the city has not yet approved. */
  includeSubmitted?: boolean;
};

/**
 * Reads the plan's observations from the database the API uses and assesses
 * the plan as it stood on the as-of date (its amendments in force). Stored
 * data that the scoring refuses is a data error (exit 1) naming each problem.
 */
export async function assessFromStore(
  context: CliContext,
  plan: CliPlan,
  options: AssessFromStoreOptions,
): Promise<AssessmentRun> {
  const stored = await withStore(context, (store) =>
    store.forPlan(plan.id).listObservations({ includeIllustrative: options.includeIllustrative }),
  );
  return assessStored(plan, await withCarriedBaselines(context, plan, stored), options);
}

/** `runAssessment` of stored observations, a refusal by the scoring a data error (exit 1). */
export function assessStored(
  plan: CliPlan,
  stored: readonly StoredObservation[],
  options: AssessFromStoreOptions,
): AssessmentRun {
  return asDataError(() =>
    runAssessment(plan.plan, stored, { ...options, amendments: plan.amendments }),
  );
}

/** Runs a computation over stored data; a ScoringInputError becomes a data error (exit 1). */
export function asDataError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ScoringInputError) {
      throw dataError(
        'the stored observations cannot be assessed',
        error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    throw error;
  }
}
