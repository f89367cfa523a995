import { commandRegistry } from './commands/registry.js';

/** The exit status table, shared by `plan --help` and the README. */
export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  invalid data: a plan file that fails the schema, an import row that fails its checks,
     a conflict with stored data (nothing is written)
  2  usage error: unknown command or option, missing or malformed argument
  3  file or database error: cannot read or write a file, cannot open the database
  4  internal error: a bug in plan (please report it with the message)`;

export const ENVIRONMENT_HELP = `Environment:
  DATABASE_URL  the database the API uses: unset → ./data/plan.sqlite (relative to the
                current directory); sqlite:<file>; postgres://user:pass@host:port/db`;

/** What `plan --help` prints. */
export function mainHelp(version: string): string {
  const commands = Object.values(commandRegistry)
    .map((entry) => `  plan ${entry.usage}\n      ${entry.summary}`)
    .join('\n');
  return `plan ${version}: the plan toolkit on the command line — validate plan files, import
observations, assess progress and write the mid-term evaluation report (中期评估报告)
of a plan: the built-in Ordos 14th Five-Year plan for education and sports (2021–2025,
the default), or a plan added with "plan plans add" (choose it with --plan ID).

Usage: plan <command> [options]

Commands:
${commands}

Options:
  -h, --help     help for plan, or for a command (plan <command> --help)
  -v, --version  print the version
  --json         (every command) print one JSON object on stdout, for scripts

${ENVIRONMENT_HELP}

${EXIT_CODES_HELP}
`;
}
