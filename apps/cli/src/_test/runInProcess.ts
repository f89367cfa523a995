import type { CliContext } from '../cliContext.js';
import { runCli } from '../runCli.js';
import { cliRoot, type PlanRun } from './runPlan.js';

/**
 * Runs a `plan` command line in this process, through the same `runCli` that
 * main.ts calls, with output captured and streams that are not terminals.
 * For the many small cases; each command also has tests of the real process.
 */
export async function runInProcess(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
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
  };
  const code = await runCli(args, context);
  return { code, stdout, stderr };
}
