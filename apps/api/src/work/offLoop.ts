import { type TaskName, tasks } from './tasks.js';
import { createWorkPool, type TaskInput, type TaskOutput, type WorkPool } from './workPool.js';

let shared: WorkPool | undefined;

/** The process's work pool, started on first use (its threads do not keep the process alive). */
export function sharedWorkPool(): WorkPool {
  shared ??= createWorkPool();
  return shared;
}

/** Longest a task may run on a thread before it is stopped (and the request answered 503). */
export const TASK_TIMEOUT_MS: Record<TaskName, number> = {
  readRows: 120_000,
  assess: 10_000,
  planAssessment: 60_000,
  planDraft: 60_000,
  trackPlan: 60_000,
};

/** Plan reads of up to this many observations are judged in process; larger ones on a work thread. */
export const PLAN_READ_IN_PROCESS_MAX = 5_000;

/**
 * Runs a task of tasks.ts: on a worker thread when the input is large (`large`),
 * in process otherwise, where a thread's start and the copy of the input would
 * cost more than the work. Tasks of the same `affinity` run on the same thread.
 */
export async function runTask<T extends TaskName>(
  task: T,
  input: TaskInput<T>,
  large: boolean,
  transfer: ArrayBuffer[] = [],
  affinity?: string,
): Promise<TaskOutput<T>> {
  if (!large)
    return (await (tasks[task] as (input: TaskInput<T>) => unknown)(input)) as TaskOutput<T>;
  return sharedWorkPool().run(task, input, TASK_TIMEOUT_MS[task], transfer, affinity);
}

/** Import files up to this size are read in process; larger ones on a work thread. */
export const IMPORT_IN_PROCESS_MAX_BYTES = 256 * 1024;

/**
 * readObservationRows of @plan/observations/rows for the plan, off the event
 * loop when the file is large: the same arguments, and its
 * result with the observations packed (packedObservations.ts). A large body is
 * moved to the thread, not copied: it is empty here afterwards.
 */
export function readRowsOffLoop(
  plan: TaskInput<'readRows'>['plan'],
  body: Uint8Array,
  format: TaskInput<'readRows'>['format'],
  defaults: { source: string },
  limits?: TaskInput<'readRows'>['limits'],
): Promise<TaskOutput<'readRows'>> {
  const large = body.byteLength > IMPORT_IN_PROCESS_MAX_BYTES;
  const ownsBuffer =
    body.buffer instanceof ArrayBuffer &&
    body.byteOffset === 0 &&
    body.byteLength === body.buffer.byteLength;
  return runTask(
    'readRows',
    { plan, body, format, source: defaults.source, ...(limits ? { limits } : {}) },
    large,
    large && ownsBuffer ? [body.buffer] : [],
  );
}
