import type { CliContext } from '../cliContext.js';
import type { ExitCode } from '../exitCodes.js';

/** One `plan` command: its help text and what it does. */
export type Command = {
  /** The full help text `plan <command> --help` prints. */
  help: string;
  /** Runs with the arguments after the command name; throws CliError on bad input. */
  run: (args: string[], context: CliContext) => Promise<ExitCode>;
};
