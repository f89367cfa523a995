import { DEMO_SOURCE, type Observation, PLAN_SOURCE } from '@plan/observations';
import type { Role } from './role.js';

/** Why a write is refused: 403 for who may not, 400 for what is missing. */
export type WriteRefusal = { status: 403 | 400; detail: string };

const PLAN_ROWS =
  'The plan\'s own figures (source "plan") are the plan text, read from it when the store is made; they cannot be recorded, changed or deleted through the API.';

/**
 * What the record does not let a writer do, whatever the route:
 * - the plan's own rows (source `plan`) are never written, changed or deleted through the API;
 * - moving a figure between illustrative (`demo`) and official is an admin act with a reason,
 *   so an editor can neither pass 示例数据 off as official nor hide an official figure as demo
 *   (which "remove demo data" would then delete).
 * Returns undefined when the write may go ahead.
 */
export function observationWriteRefusal(
  role: Role,
  write:
    | { action: 'create'; source: string }
    | { action: 'delete'; current: Observation }
    | {
        action: 'update';
        current: Observation;
        source?: string | undefined;
        reason?: string | null | undefined;
      },
): WriteRefusal | undefined {
  if (write.action === 'create')
    return write.source === PLAN_SOURCE ? { status: 403, detail: PLAN_ROWS } : undefined;
  if (write.current.source === PLAN_SOURCE) return { status: 403, detail: PLAN_ROWS };
  if (write.action === 'delete') return undefined;
  const source = write.source ?? write.current.source;
  if (source === PLAN_SOURCE) return { status: 403, detail: PLAN_ROWS };
  if ((source === DEMO_SOURCE) === write.current.illustrative) return undefined;
  const move = write.current.illustrative
    ? 'from illustrative (demo) to official'
    : 'from official to illustrative (demo)';
  if (role !== 'admin') {
    return {
      status: 403,
      detail: `Moving a figure ${move} is an admin act; a ${role} token may correct its value or note, or record an official figure under its own source.`,
    };
  }
  if (!write.reason?.trim()) {
    return {
      status: 400,
      detail: `Moving a figure ${move} needs a reason; it is kept in the history.`,
    };
  }
  return undefined;
}
