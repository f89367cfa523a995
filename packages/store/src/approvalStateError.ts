import type { Observation } from '@plan/observations';
import { ConflictError } from './conflictError.js';

const APPROVALS_ZH: Record<Observation['approval'], string> = {
  submitted: '已报送',
  approved: '已通过',
  returned: '已退回',
};

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
        ? {
            zh: `数据 ${current.id} 当前为“${APPROVALS_ZH[current.approval]}”，只有已报送的数据才能审核通过（被退回的须先更正并重新报送）`,
            en: `observation ${current.id} is ${current.approval}; only a submitted figure can be approved (a returned one is corrected and resubmitted first)`,
          }
        : {
            zh: `数据 ${current.id} 已被退回；只有已报送或已通过的数据才能退回`,
            en: `observation ${current.id} is already returned; only a submitted or approved figure can be returned`,
          },
      current.id,
    );
  }
}
