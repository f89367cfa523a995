// The public surface of @plan/plans: the plan file and what is built from it.
export { Amendment, type AmendmentInput, DecidingDocument } from './amendments/amendment.js';
export { type CheckAmendmentsOptions, checkAmendments } from './amendments/checkAmendments.js';
export { type AmendedValue, type PlanInForce, planInForce } from './amendments/planInForce.js';
export { type AmendedTarget, targetsInForce } from './amendments/targetsInForce.js';
export { checkSuccessionAgainst } from './checkSuccession.js';
export { ordosPlanFile } from './ordosPlanFile.js';
export { type ParsedPlan, parsePlan, safeParsePlan } from './parsePlan.js';
export { planConsistency } from './planConsistency.js';
export {
  PLAN_FILE_FORMAT,
  PlanFile,
  type PlanFileInput,
  PlanProjects,
} from './planFile.js';
export { PlanFileError, type PlanFileIssue } from './planFileError.js';
export { Succession, SuccessionLink } from './succession.js';
export {
  type CarriedBaseline,
  carriedObservations,
  PREDECESSOR_SOURCE,
  type RecordedValue,
  type SuccessionBaselineOutcome,
  successionBaselines,
} from './successionBaselines.js';
