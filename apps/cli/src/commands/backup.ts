import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan backup --out <file> [--force] [--json]

Writes the whole record of the database the API uses (DATABASE_URL) to one file: every
table — plans, observations with their full history, tokens, approvals, district targets,
units, responsibilities, measure reports with their evidence files, narratives — as
gzip-compressed JSON lines with a header giving per table the row count and a SHA-256
content hash. Rows are read in one snapshot, so the server may keep running.
The same file format on SQLite and PostgreSQL: a backup of either restores into either.
Not moved: the rate-limit windows (shared_limits), short-lived counters.

The file is read back and every table's count and hash checked before it takes its name:
a file at <file> is always a whole, verified backup.

Options:
  --out FILE   where to write (e.g. plan-2026-12-02.plan.gz)
  --force      replace an existing file
  --json       print {"ok", "file", "migration", "dataVersion", "tables"} on stdout
  -h, --help   this help

Restore it with "plan restore <file>". Environment: DATABASE_URL (unset → ./data/plan.sqlite;
sqlite:<file>; postgres://…)

Exit codes: 0 written and verified · 1 the database holds what the file cannot carry ·
2 usage (no --out; the file exists without --force) · 3 cannot open the database, cannot
write the file, or the file did not read back equal
`;

const Options = z.object({
  out: z.string({ error: 'is required: the file to write' }).optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

export const backupCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('backup', args, {
      options: { out: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    if (values.out === undefined)
      throw usageError('--out is required: the file to write.\nRun "plan backup --help".');
    const out = resolve(context.cwd, values.out);
    if (existsSync(out) && !values.force)
      throw usageError(`${values.out} exists: choose another name, or pass --force to replace it.`);
    const { exportDatabase } = await import('@plan/store');
    const { openTransferDatabase, transferTargetOf, describeTarget } = await import(
      '../transfer/openTransferDatabase.js'
    );
    const { transferFailure } = await import('../transfer/transferFailure.js');
    const { describeTables } = await import('../transfer/transferSummary.js');
    const target = transferTargetOf(context.env.DATABASE_URL, context.cwd);
    const store = await openTransferDatabase(target, 'source', context.clock);
    try {
      const header = await exportDatabase(store, out, context.clock).catch((error: unknown) => {
        throw transferFailure(error, values.out ?? out);
      });
      if (values.json)
        writeJsonLine(context.stdout, {
          ok: true,
          file: out,
          migration: header.migration,
          dataVersion: header.dataVersion,
          tables: header.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })),
        });
      else
        context.stdout.write(
          `wrote ${values.out}: ${describeTables(header.tables)} of ${describeTarget(target)} at migration ${header.migration}; read back and verified (row count and SHA-256 of every table)\n`,
        );
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
};
