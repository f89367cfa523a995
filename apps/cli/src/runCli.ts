import type { CliContext } from './cliContext.js';
import { commandRegistry } from './commands/registry.js';
import { CliError, ExitCode } from './exitCodes.js';
import { mainHelp } from './help.js';

export const CLI_VERSION = '0.1.0';

/** A terminal shows this many problems; `--json` gives every one. */
const MAX_ISSUES_SHOWN = 50;

/**
 * Runs one `plan` command line (the arguments after `plan`) and returns the
 * exit status. Errors the user can act on print their message (and, with
 * `--json`, a JSON error object on stdout); anything else is reported as a bug.
 */
export async function runCli(args: readonly string[], context: CliContext): Promise<ExitCode> {
  const [name, ...rest] = args;
  const json = wantsJson(rest);
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      if (topic !== undefined) return await runCli([topic, '--help'], context);
      context.stdout.write(mainHelp(CLI_VERSION));
      return name === undefined ? ExitCode.usage : ExitCode.ok;
    }
    if (name === '-v' || name === '--version') {
      context.stdout.write(`${CLI_VERSION}\n`);
      return ExitCode.ok;
    }
    const entry = commandRegistry[name];
    if (!entry) {
      throw new CliError(
        'usage',
        `unknown command "${name}": expected one of ${Object.keys(commandRegistry).join(', ')}.\nRun "plan --help".`,
      );
    }
    const command = await entry.load();
    if (rest.includes('-h') || rest.includes('--help')) {
      context.stdout.write(command.help);
      return ExitCode.ok;
    }
    return await command.run(rest, context);
  } catch (error) {
    return report(
      error,
      json,
      context,
      name !== undefined && name in commandRegistry ? `plan ${name}` : 'plan',
    );
  }
}

/** `--json` anywhere before a `--` terminator. */
function wantsJson(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
}

function report(error: unknown, json: boolean, context: CliContext, who: string): ExitCode {
  if (error instanceof CliError) {
    const shown = error.issues.slice(0, MAX_ISSUES_SHOWN);
    const more = error.issues.length - shown.length;
    const issues = [
      ...shown.map((issue) => `  - ${issue.path}: ${issue.message}`),
      ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
    ].join('\n');
    context.stderr.write(`${who}: ${error.message}\n${issues ? `${issues}\n` : ''}`);
    if (json) {
      context.stdout.write(
        `${JSON.stringify({
          ok: false,
          exitCode: error.exitCode,
          error: { kind: error.kind, message: error.message, issues: error.issues },
          ...error.details,
        })}\n`,
      );
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr.write(`${who}: internal error (please report it):\n${message}\n`);
  if (json) {
    context.stdout.write(
      `${JSON.stringify({
        ok: false,
        exitCode: ExitCode.internal,
        error: {
          kind: 'internal',
          message: error instanceof Error ? error.message : String(error),
          issues: [],
        },
      })}\n`,
    );
  }
  return ExitCode.internal;
}
