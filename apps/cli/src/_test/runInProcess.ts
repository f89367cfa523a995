import type { CliContext } from '../cliContext.js';
import { runCli } from '../runCli.js';
import { cliRoot, type PlanRun } from './runPlan.js';

/** The time an in-process run sees, unless a test gives another. */
export const IN_PROCESS_NOW = '2024-01-02T03:04:05.000Z';

/**
 * Runs a `plan` command line in this process, through the same `runCli` that
 * main.ts calls, with output captured and streams that are not terminals.
 * For the many small cases; each command also has tests of the real process.
 */
export async function runInProcess(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; now?: string } = {},
): Promise<PlanRun> {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: false,
    },
    env: options.env ?? {},
    cwd: options.cwd ?? cliRoot,
    clock: () => new Date(options.now ?? IN_PROCESS_NOW),
  };
  const code = await runCli(args, context);
  return { code, stdout, stderr };
}
