// The rules for observed values of a plan's indicators. Browser-safe: no exceljs, no node built-ins.
// CSV/XLSX row reading: `@plan/observations/rows`.

// The value and its fit (from @plan/indicators, so @plan/scoring checks values the same way).
export {
  checkValue,
  type FieldProblem,
  type FieldProblemCode,
  ObservationValue,
  RATIO_TOLERANCE,
  ratioShare,
  scalarValue,
  type ValueIndicator,
} from '@plan/indicators';
export { checkObservation, type PlanLike, planIndicator } from './checkObservation.js';
export {
  checkTargetFigure,
  type FigureTarget,
  type ObservationProblem,
  type TargetProblemCode,
} from './checkTargetFigure.js';
export { demoObservations } from './demoObservations.js';
export {
  type JudgedMilestone,
  judgeMilestones,
} from './judgeMilestones.js';
export {
  asMilestoneObservation,
  type MilestoneObservation,
  type MilestoneTargetLike,
  milestoneIndicator,
  milestoneInIndicatorUnit,
  milestoneValues,
} from './milestoneValues.js';
export {
  isCalendarDate,
  NOTE_MAX,
  SOURCE_MAX,
  sourceProblem,
  YEAR_RANGE,
  yearProblem,
} from './observationFields.js';
export { oneValuePerDate } from './oneValuePerDate.js';
export { observedValueOf, planBaselineObservations } from './planBaselineObservations.js';
export {
  Approval,
  type NewObservation,
  Observation,
  ObservationInput,
  ObservationPatch,
  Revision,
  Source,
  TARGET_ID_PATTERN,
} from './schema/observation.js';
export { sourceLabel } from './sourceLabel.js';
// Zod-free: the source names and precedence, for pages that must not bundle the schemas.
export {
  DEFAULT_SOURCE,
  DEMO_SOURCE,
  PLAN_SOURCE,
  SOURCE_PRECEDENCE,
  sourceRank,
} from './sources.js';
export { toNewObservation } from './toNewObservation.js';
export { toScoringObservations } from './toScoringObservations.js';
export {
  type Owner,
  type PlanTrackingResult,
  type TrackedMeasure,
  type TrackedObservationLike,
  type TrackedReportLike,
  type TrackedTarget,
  type TrackedTargetLike,
  type TrackPlanInput,
  trackPlan,
} from './tracking/trackPlan.js';
export { formatValueText, parseValueText, type ValueTextLocale } from './valueText.js';
