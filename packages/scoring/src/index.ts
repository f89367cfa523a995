// Scoring one series by one method.

// Legends.
export { applyLegend } from './applyLegend.js';
export { assess } from './assess.js';
export {
  assessColumns,
  type ColumnResults,
  columnStatuses,
  type SeriesColumns,
} from './assessColumns.js';
// Plans, indicators, observations, milestones.
export {
  AssessIndicatorOptions,
  assessIndicator,
  type PlanDefaults,
} from './assessIndicator.js';
export { AssessPlanOptions, assessPlan, assessPlanChecked } from './assessPlan.js';
export { type BenchmarkGapInput, benchmarkGap } from './benchmarkGap.js';
export { type CheckedObservations, checkPlanObservations } from './checkPlanObservations.js';
export { finalEvaluation } from './finalEvaluation.js';
export { isAchieved } from './isAchieved.js';
export { legendTrend } from './legendTrend.js';
export { type MilestoneStatusOptions, milestoneStatus } from './milestoneStatus.js';
export { openSdg } from './openSdg.js';
export { parseLegend } from './parseLegend.js';
export { parseObservations } from './parseObservations.js';
export { projectTrend } from './projectTrend.js';
// Districts: fair judging and the comparison.
export * from './regions/index.js';
// Reports: kinds, time bases, the default as-of day, narrative drafts.
export * from './reporting/index.js';
export { type RollUpOptions, rollUp } from './rollUp.js';
// Schemas (the single source of the types), labels, errors.
export * from './schema/appliedAmendment.js';
export * from './schema/assessInput.js';
export * from './schema/finalEvaluation.js';
export * from './schema/indicatorAssessment.js';
export * from './schema/legend.js';
export * from './schema/milestone.js';
export * from './schema/observation.js';
export * from './schema/planAssessment.js';
export * from './schema/results.js';
export * from './schema/rollUp.js';
export * from './schema/series.js';
export { formatPath, ScoringInputError, type ScoringIssue } from './scoringInputError.js';
export { sdsn } from './sdsn.js';
export * from './statusLabels.js';
export { type PlanPeriod, timeElapsed } from './timeElapsed.js';
export { timeProgress } from './timeProgress.js';
// Implementation tracking (抓落实): targets, measures, 督办.
export * from './tracking/index.js';
export { unsd2023 } from './unsd2023.js';
export { weather } from './weather.js';
