import type { Observation } from '@plan/observations';
import { ConflictError } from './conflictError.js';

/**
 * A review step the observation's state does not allow: approving one that was returned (the
 * district resubmits it first), returning one already returned. A ConflictError, so callers
 * that answer conflicts with 409 answer this one the same way.
 */
export class ApprovalStateError extends ConflictError {
  constructor(
    readonly action: 'approve' | 'return',
    /** The observation as it stands. */
    readonly current: Observation,
  ) {
    super(
      action === 'approve'
        ? `observation ${current.id} is ${current.approval}; only a submitted figure can be approved (a returned one is corrected and resubmitted first)`
        : `observation ${current.id} is already returned; only a submitted or approved figure can be returned`,
      current.id,
    );
  }
}
