import { type FinalEvaluation, finalEvaluation } from '@plan/scoring';
import { addDays, formatISO, parseISO } from 'date-fns';
import type { AssessmentRun } from '../assessment/runAssessment.js';
import { toScoringObservation } from '../assessment/selectObservations.js';

/**
 * The final evaluation (总结评估) of a final report judged on the plan's last
 * day itself. @plan/scoring gives one only after the end; on the end day the
 * verdicts are the same (each target against the last value on or before the
 * end), so it is computed as of the next day from the values up to the end day
 * alone: nothing dated after the as-of day is read. Undefined on any other day.
 */
export function finalOnEndDay(run: AssessmentRun, region: string): FinalEvaluation | undefined {
  const end = `${run.plan.period.end}-12-31`;
  if (run.asOf !== end) return undefined;
  const next = formatISO(addDays(parseISO(end), 1), { representation: 'date' });
  return finalEvaluation(run.plan, run.used.map(toScoringObservation), {
    method: 'time-progress',
    asOf: next,
    regions: [region],
  });
}
