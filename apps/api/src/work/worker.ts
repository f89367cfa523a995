// The entry of a work thread (see workPool.ts): runs one task of tasks.ts per
// message and posts its result (long lists of rows in parts), or the error it threw, back.
import { parentPort } from 'node:worker_threads';
import { type TaskName, tasks } from './tasks.js';

type Request = { id: number; task: TaskName; input: unknown };

/** Rows per message when a task answers with `observations`. */
const PART_ROWS = 20_000;

parentPort?.on('message', async ({ id, task, input }: Request) => {
  try {
    const run = tasks[task] as (input: unknown) => unknown;
    const value = await run(input);
    // A long list of rows goes back in parts: each is copied into the server's thread on its own
    // turn of the event loop, instead of one copy of a million rows that would stall it.
    const rows = (value as { observations?: unknown[] } | null)?.observations;
    if (Array.isArray(rows) && rows.length > PART_ROWS) {
      for (let start = 0; start < rows.length; start += PART_ROWS)
        parentPort?.postMessage({ id, part: rows.slice(start, start + PART_ROWS) });
      parentPort?.postMessage({
        id,
        value: { ...(value as object), observations: [] },
        parts: true,
      });
    } else {
      parentPort?.postMessage({ id, value });
    }
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
});
