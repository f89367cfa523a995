import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { ExitCode, ioError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan restore <file> [--force] [--json]

Restores a file written by "plan backup" (or "plan db copy") into the database the API uses
(DATABASE_URL): SQLite or PostgreSQL, whichever made the file.

First the whole file is read and checked: its format, and every table's row count and
SHA-256 content hash against its header. A file that is truncated, changed or damaged is
refused, naming the table, and nothing is written. The database must be at the file's
migration (a new, empty database is brought to it, and after the restore to the latest)
and empty: a database holding data is refused, naming its tables, unless --force, which
replaces everything in it. Everything is written in one transaction; before it commits,
every table is counted and hashed again and compared with the file, so a restore is
complete or did not happen. The data version is raised, so running servers drop what
they had cached.

Options:
  --force     replace what the database holds (in the same one transaction)
  --json      print {"ok", "file", "migration", "replaced", "dataVersion", "tables"} on stdout
  -h, --help  this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 restored and verified · 1 the file is refused (not a backup, truncated,
changed, another format or migration) or the database is not empty: nothing was written ·
2 usage · 3 cannot read the file or open the database, or it did not read back equal
`;

const Options = z.object({ force: z.boolean().optional(), json: z.boolean().optional() });

export const restoreCommand: Command = {
  help,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('restore', args, {
      options: { force: { type: 'boolean' }, json: { type: 'boolean' } },
      schema: Options,
      positionals: { min: 1, max: 1, names: ['the backup file (plan restore <file>)'] },
    });
    const file = resolve(context.cwd, positionals[0] ?? '');
    if (!existsSync(file)) throw ioError(`cannot read ${positionals[0]}: no such file`);
    const { importDatabase } = await import('@plan/store');
    const { openTransferDatabase, transferTargetOf, describeTarget } = await import(
      '../transfer/openTransferDatabase.js'
    );
    const { transferFailure } = await import('../transfer/transferFailure.js');
    const { describeTables } = await import('../transfer/transferSummary.js');
    const target = transferTargetOf(context.env.DATABASE_URL, context.cwd);
    const store = await openTransferDatabase(target, 'target', context.clock);
    try {
      const outcome = await importDatabase(store, file, { force: values.force === true }).catch(
        (error: unknown) => {
          throw transferFailure(error, describeTarget(target));
        },
      );
      if (values.json)
        writeJsonLine(context.stdout, {
          ok: true,
          file,
          migration: outcome.header.migration,
          replaced: outcome.replaced,
          dataVersion: outcome.dataVersion,
          tables: outcome.tables,
        });
      else
        context.stdout.write(
          `restored ${positionals[0]} into ${describeTarget(target)}: ${describeTables(outcome.tables)}${outcome.replaced ? ', replacing what it held' : ''}; every table's row count and SHA-256 verified; data version ${outcome.dataVersion}${outcome.migratedAfter.length > 0 ? `; then migrated (${outcome.migratedAfter.join(', ')})` : ''}\n`,
        );
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
};
