import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ProblemError } from '../problem.js';
import type { TaskName, Tasks } from './tasks.js';

export type TaskInput<T extends TaskName> = Parameters<Tasks[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<Tasks[T]>>;

export type WorkPoolOptions = {
  /** Threads at most (default: the cores less one, at least 1, at most 2). */
  size?: number;
  /** Tasks waiting for a thread at most; more are refused with 503 (default 8). */
  maxQueue?: number;
  /** Heap of each thread: a task that needs more ends its thread, not the server (default 512 MB). */
  maxHeapMb?: number;
};

type Job = {
  task: TaskName;
  input: unknown;
  timeoutMs: number;
  transfer: ArrayBuffer[];
  /** The thread this job must run on (see `run`'s `affinity`), or any. */
  slot: number | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};
/** What a thread posts: the result, or the error. */
type WorkerMessage = { value?: unknown; error?: string };
type Slot = { worker: Worker | undefined; job: Job | undefined; timer?: NodeJS.Timeout };

// From source (tests, dev: this file is .ts) the thread registers tsx and reads the TypeScript sources as
// the process does (Node 20 loads a worker's entry before its --import hooks, hence the small bootstrap);
// from the build (dist/, where tsup bundles this module) it runs dist/work/worker.js.
const fromSource = import.meta.url.endsWith('.ts');
function startWorker(options: { resourceLimits: { maxOldGenerationSizeMb: number } }): Worker {
  if (!fromSource) return new Worker(new URL('./work/worker.js', import.meta.url), options);
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true, execArgv: ['--conditions=@plan/source'] });
}

/** The thread a text is pinned to: a small hash of it, modulo the threads. */
function slotOf(affinity: string, size: number): number {
  let hash = 2166136261;
  for (let at = 0; at < affinity.length; at++)
    hash = Math.imul(hash ^ affinity.charCodeAt(at), 16777619);
  return (hash >>> 0) % size;
}

const unavailable = (detail: string) =>
  new ProblemError(503, detail, { headers: { 'retry-after': '5' } });

/**
 * A few worker threads that run the heavy tasks of tasks.ts off the event loop,
 * so the server answers other requests meanwhile. A task that throws rejects
 * with its error; a thread that dies (out of memory, a crash) or runs past the
 * task's time is ended and replaced, and the task rejects with a 503 problem.
 */
export function createWorkPool(options: WorkPoolOptions = {}) {
  const size = options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1));
  const maxQueue = options.maxQueue ?? 8;
  const maxHeapMb = options.maxHeapMb ?? 512;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: undefined, job: undefined }));
  const queue: Job[] = [];
  let closed = false;

  function settle(slot: Slot, outcome: { value?: unknown; error?: unknown }) {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    if (job) {
      if ('error' in outcome) job.reject(outcome.error);
      else job.resolve(outcome.value);
    }
    next();
  }

  function retire(slot: Slot, error: ProblemError) {
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => {});
      void worker.terminate();
    }
    settle(slot, { error });
  }

  function start(slot: Slot): Worker {
    const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (message.error !== undefined) settle(slot, { error: new Error(message.error) });
      else settle(slot, { value: message.value });
    });
    worker.on('error', (error) =>
      retire(slot, unavailable(`The work thread failed (${error.message}); try again later.`)),
    );
    worker.on('exit', (code) =>
      retire(slot, unavailable(`The work thread stopped (exit code ${code}); try again later.`)),
    );
    return worker;
  }

  function next() {
    if (closed) return;
    for (const [index, slot] of slots.entries()) {
      if (slot.job) continue;
      // The first waiting job this thread may take: one for any thread, or one for this one.
      const at = queue.findIndex((job) => job.slot === undefined || job.slot === index);
      if (at === -1) continue;
      const job = queue.splice(at, 1)[0] as Job;
      slot.worker ??= start(slot);
      slot.job = job;
      slot.timer = setTimeout(
        () =>
          retire(
            slot,
            unavailable(`The work took longer than ${job.timeoutMs / 1000} s and was stopped.`),
          ),
        job.timeoutMs,
      );
      slot.worker.postMessage({ id: 0, task: job.task, input: job.input }, job.transfer);
    }
  }

  return {
    size,
    /** Starts every thread now, so the first heavy request does not wait for one to load. */
    warm() {
      if (closed) return;
      for (const slot of slots) slot.worker ??= start(slot);
    },
    /** Tasks running on a thread now. */
    running: () => slots.filter((slot) => slot.job !== undefined).length,
    /**
     * Runs a task on a thread; rejects with a 503 problem when every thread is taken and the queue is full.
     * Buffers in `transfer` are moved to the thread, not copied (they are unusable here afterwards).
     * Tasks of the same `affinity` run on the same thread, so that what one keeps there (checked
     * observations of a data version) is there for the next.
     */
    run<T extends TaskName>(
      task: T,
      input: TaskInput<T>,
      timeoutMs: number,
      transfer: ArrayBuffer[] = [],
      affinity?: string,
    ): Promise<TaskOutput<T>> {
      if (closed) return Promise.reject(unavailable('The server is shutting down.'));
      if (queue.length >= maxQueue && slots.every((slot) => slot.job !== undefined))
        return Promise.reject(
          unavailable(
            `The server is busy with ${size + queue.length} heavy requests; try again later.`,
          ),
        );
      return new Promise((resolve, reject) => {
        queue.push({
          task,
          input,
          timeoutMs,
          transfer,
          slot: affinity === undefined ? undefined : slotOf(affinity, size),
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        next();
      });
    },
    /** Ends every thread; queued and running tasks reject with 503. */
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(unavailable('The server is shutting down.'));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          retire(slot, unavailable('The server is shutting down.'));
          await worker?.terminate();
        }),
      );
    },
  };
}
export type WorkPool = ReturnType<typeof createWorkPool>;
