export { assess } from './assess.js';
export {
  assessColumns,
  type ColumnResults,
  columnStatuses,
  type SeriesColumns,
} from './assessColumns.js';
export { openSdg } from './openSdg.js';
export * from './schema/assessInput.js';
export * from './schema/results.js';
export * from './schema/series.js';
export { formatPath, ScoringInputError, type ScoringIssue } from './scoringInputError.js';
export { sdsn } from './sdsn.js';
export * from './statusLabels.js';
export { timeProgress } from './timeProgress.js';
export { unsd2023 } from './unsd2023.js';
export { weather } from './weather.js';
