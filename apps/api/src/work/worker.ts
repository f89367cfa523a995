// The entry of a work thread (see workPool.ts): runs one task of tasks.ts per
// message and posts its result, or the error it threw, back. Packed observations
// (packedObservations.ts) are moved to the server's thread, not copied.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { PackedObservations } from './packedObservations.js';
import { type TaskName, tasks } from './tasks.js';

type Request = { id: number; task: TaskName; input: unknown };

// A work thread idles between tasks, and V8 collects an idle heap late or never: a large
// import's file and text (tens of MB) would stay in the server's memory while the server
// writes the rows. So each task ends with a collection, off the server's event loop.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

parentPort?.on('message', async ({ id, task, input }: Request) => {
  try {
    const run = tasks[task] as (input: unknown) => unknown;
    const value = await run(input);
    const packed = (value as { packed?: PackedObservations } | null)?.packed;
    parentPort?.postMessage({ id, value }, packed ? packed.parts : []);
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
  setImmediate(() => collect?.());
});
