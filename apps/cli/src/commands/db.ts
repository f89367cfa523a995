import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan db copy --from <sqlite file or URL> --to <URL or sqlite file> [--force] [--json]

Copies everything one database holds to another: SQLite to PostgreSQL (moving a bureau's
embedded database to a server), PostgreSQL to SQLite, or between two of a kind. Every
table is moved — plans, observations with their full history, tokens, approvals, district
targets, units, responsibilities, measure reports with their evidence files, narratives —
except the rate-limit windows (shared_limits), short-lived counters.

The source is read in one snapshot (a server may keep running on it) and is not changed:
not even migrated. Its tables go through a temporary transfer file (row counts and SHA-256
content hashes per table); the target is written in one transaction and, before it commits,
counted and hashed again: the copy is verified equal or did not happen.
The target must be empty — a new PostgreSQL database (CREATE DATABASE plan) or a new
SQLite file — unless --force, which replaces what it holds. A new target is brought to the
source's migration, then to the latest.

Options:
  --from DB   the source: a SQLite file path, sqlite:<file>, or postgres://user:pass@host:port/db
  --to DB     the target, written the same way
  --force     replace what the target holds (in the same one transaction)
  --json      print {"ok", "from", "to", "migration", "dataVersion", "tables"} on stdout
  -h, --help  this help

Exit codes: 0 copied and verified · 1 the target is not empty or at another migration, or
the source holds what cannot be carried: nothing was written · 2 usage · 3 cannot open a
database or write the temporary file, or the copy did not read back equal
`;

const Options = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

export const dbCommand: Command = {
  help,
  async run(args, context) {
    const [action, ...rest] = args;
    if (action !== 'copy')
      throw usageError(
        `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected "plan db copy --from <db> --to <db>".\nRun "plan db --help".`,
      );
    const { values } = parseCommandLine('db', rest, {
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    if (values.from === undefined || values.to === undefined)
      throw usageError(
        `${values.from === undefined ? '--from' : '--to'} is required: plan db copy --from <sqlite file or URL> --to <URL>.\nRun "plan db --help".`,
      );
    const { exportDatabase, importDatabase } = await import('@plan/store');
    const { openTransferDatabase, transferTargetOf, describeTarget } = await import(
      '../transfer/openTransferDatabase.js'
    );
    const { transferFailure } = await import('../transfer/transferFailure.js');
    const { describeTables } = await import('../transfer/transferSummary.js');
    const from = transferTargetOf(values.from, context.cwd);
    const to = transferTargetOf(values.to, context.cwd);
    if (describeTarget(from) === describeTarget(to))
      throw usageError('--from and --to name the same database.');
    const source = await openTransferDatabase(from, 'source', context.clock);
    // Both opened before the export, so an unreachable target is named before a long read.
    const target = await openTransferDatabase(to, 'target', context.clock).catch(
      async (error: unknown) => {
        await source.close();
        throw error;
      },
    );
    const dir = await mkdtemp(join(tmpdir(), 'plan-db-copy-'));
    try {
      const file = join(dir, 'copy.plan.gz');
      const header = await exportDatabase(source, file, context.clock).catch((error: unknown) => {
        throw transferFailure(error, describeTarget(from));
      });
      const outcome = await importDatabase(target, file, { force: values.force === true }).catch(
        (error: unknown) => {
          throw transferFailure(error, describeTarget(to));
        },
      );
      if (values.json)
        writeJsonLine(context.stdout, {
          ok: true,
          from: describeTarget(from),
          to: describeTarget(to),
          migration: header.migration,
          replaced: outcome.replaced,
          dataVersion: outcome.dataVersion,
          tables: outcome.tables,
        });
      else
        context.stdout.write(
          `copied ${describeTables(outcome.tables)} from ${describeTarget(from)} to ${describeTarget(to)}${outcome.replaced ? ', replacing what it held' : ''}; every table's row count and SHA-256 verified equal to the source's\n`,
        );
      return ExitCode.ok;
    } finally {
      await Promise.allSettled([source.close(), target.close()]);
      await rm(dir, { recursive: true, force: true });
    }
  },
};
