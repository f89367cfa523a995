export { ADVISORY_LOCKS, withAdvisoryLock } from './advisoryLock.js';
export { createSharedLimits, type SharedLimits } from './sharedLimits.js';
