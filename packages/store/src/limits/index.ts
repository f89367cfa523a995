export { ADVISORY_LOCKS, withAdvisoryLock } from './advisoryLock.js';
export type { SharedLimits } from './sharedLimits.js';
