// Regenerates docs/sample-report.html and docs/sample-report.md: the mid-term evaluation
// report as of 2023-12-31 from a throwaway SQLite database holding the plan's 2020 values
// and the illustrative demo figures (示例数据) — never official data, and the report says so.
//
//   pnpm --filter @plan/cli sample-report
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  databaseTargetFrom,
  demoObservations,
  openStore,
  planBaselineObservations,
} from '@plan/api';
import type { CliContext } from '../src/cliContext.js';
import { runCli } from '../src/runCli.js';

const AS_OF = '2023-12-31';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const docs = join(repoRoot, 'docs');
const workspace = mkdtempSync(join(tmpdir(), 'plan-sample-report-'));
const databaseUrl = `sqlite:${join(workspace, 'sample.sqlite')}`;

try {
  const store = await openStore(databaseTargetFrom(databaseUrl));
  try {
    await store.importObservations(planBaselineObservations(), { name: 'sample-report' });
    await store.importObservations(demoObservations(), { name: 'sample-report' });
  } finally {
    await store.close();
  }
  mkdirSync(docs, { recursive: true });
  const context: CliContext = {
    stdout: { write: (text) => process.stdout.write(text), isTTY: false },
    stderr: { write: (text) => process.stderr.write(text), isTTY: false },
    env: { DATABASE_URL: databaseUrl },
    cwd: repoRoot,
    clock: () => new Date(`${AS_OF}T00:00:00Z`),
  };
  for (const file of ['docs/sample-report.html', 'docs/sample-report.md']) {
    const code = await runCli(
      ['report', '--as-of', AS_OF, '--include-illustrative', '--out', file],
      context,
    );
    if (code !== 0) process.exit(code);
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
