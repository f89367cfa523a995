export { API_VERSION, createApp } from './app.js';
export type { AppDeps } from './appTypes.js';
export { generateToken, hashToken, type Principal, Role } from './auth.js';
export { readConfig, ServerConfig } from './config.js';
export { checkObservation } from './domain/checkObservation.js';
export { demoObservations } from './domain/demoObservations.js';
export {
  asMilestoneObservation,
  type MilestoneObservation,
  milestoneIndicator,
  milestoneInIndicatorUnit,
  milestoneValues,
} from './domain/milestoneValues.js';
export * from './domain/observation.js';
export { oneValuePerDate } from './domain/oneValuePerDate.js';
export { planBaselineObservations } from './domain/planBaselines.js';
export { formatValueText, parseValueText } from './io/observationValueText.js';
export {
  type RowProblem,
  readObservationRows,
  toNewObservation,
} from './io/readObservationRows.js';
export { csvField, neutraliseFormula, toCsv } from './io/spreadsheetCells.js';
export { createToken } from './routes/tokens.js';
export { seedStore } from './seedStore.js';
export { type StartedServer, startServer } from './startServer.js';
export {
  ConflictError,
  createStore,
  type NewObservation,
  openStore,
  type Store,
} from './store/createStore.js';
export { databaseTargetFrom, openDatabase, redactUrl } from './store/openDatabase.js';
