export { ApprovalStateError } from './approvalStateError.js';
export { ConflictError } from './conflictError.js';
export { createStore, openStore, type PlanRecords, type Store } from './createStore.js';
export { createToken, generateToken, hashToken, tokenInfo } from './createToken.js';
export type {
  Database,
  Dialect,
  EvidenceRow,
  MeasureReportRow,
  ObservationRow,
  ResponsibilityRow,
  RevisionRow,
  TokenRow,
  UnitRow,
} from './database.js';
export type {
  BatchImportOptions,
  BatchImportOutcome,
  ImportOptions,
} from './importObservations.js';
export { ADVISORY_LOCKS, type SharedLimits, withAdvisoryLock } from './limits/index.js';
export {
  NARRATIVE_MAX_CHARS,
  NarrativePut,
  type NarrativePutResult,
  type NarrativeRevision,
  StoredNarrative,
} from './narratives/index.js';
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
export { RetiredUnitTokenError, type StoredToken, TokenNameError } from './tokens.js';
export {
  DuplicateItemError,
  DuplicateUnitError,
  EvidenceTooLargeError,
  UnknownReportError,
  UnknownUnitError,
} from './tracking/errors.js';
export { EVIDENCE_MAX_BYTES } from './tracking/evidence.js';
export type { NewMeasureReport, ReportChangeResult } from './tracking/measureReports.js';
export { DEFAULT_REPORTING_CYCLE } from './tracking/reportingCycle.js';
export type { ResponsibilitiesOutcome, ResponsibilityPut } from './tracking/responsibilities.js';
export {
  type ResponsibilitySheetRow,
  readResponsibilityRows,
  type SheetRowProblem,
} from './tracking/responsibilityRows.js';
export {
  Assignment,
  Deliverable,
  type EvidenceFileInput,
  type EvidenceInput,
  EvidenceLinkInput,
  EvidenceMeta,
  MeasureReport,
  MeasureReportInput,
  MeasureReportRevision,
  ReportedStatus,
  ReportingCycle,
  ReportPeriod,
  Responsibility,
  ResponsibilityInput,
  ResponsibilityRevision,
  Unit,
  UnitId,
  UnitInput,
  UnitPatch,
  UnitRevision,
} from './tracking/schema.js';
export type { UnitChangeResult, UnitReferences } from './tracking/units.js';
export {
  exportDatabase,
  hashDatabase,
  importDatabase,
  type TableHashes,
  TransferError,
  type TransferHeader,
  type TransferProblem,
  verifyTransferFile,
} from './transfer/index.js';
export { observationWriteRefusal, type WriteRefusal } from './writePolicy.js';
