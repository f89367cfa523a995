export { ApprovalStateError } from './approvalStateError.js';
export { ConflictError } from './conflictError.js';
export { createStore, openStore, type PlanRecords, type Store } from './createStore.js';
export { createToken, generateToken, hashToken, tokenInfo } from './createToken.js';
export type { Database, Dialect, ObservationRow, RevisionRow, TokenRow } from './database.js';
export type {
  BatchImportOptions,
  BatchImportOutcome,
  ImportOptions,
} from './importObservations.js';
export {
  type DatabaseTarget,
  databaseTargetFrom,
  type OpenDatabase,
  openDatabase,
  redactUrl,
} from './openDatabase.js';
export type { RegionTargetInput, StoredRegionTarget } from './regionTargets.js';
export { type Principal, Role } from './role.js';
export { seedStore } from './seedStore.js';
export type {
  Actor,
  ApprovalSelection,
  ImportOutcome,
  NewObservation,
  ObservationFilter,
  ObservationSort,
  StoredPlan,
  UpdateResult,
} from './store.types.js';
export { isReservedTokenName, RESERVED_TOKEN_NAMES } from './tokenNames.js';
export { TokenScope } from './tokenScope.js';
export { type StoredToken, TokenNameError } from './tokens.js';
export { observationWriteRefusal, type WriteRefusal } from './writePolicy.js';
