// `pnpm bench`: every package's benchmark, one at a time (they measure speed, so
// they must not share the two cores), each adding its figures to
// bench-results.json; then the figures as one table.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatFigure } from '../bench/index.js';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const results = join(root, 'bench-results.json');
rmSync(results, { force: true });
const run = spawnSync(
  'bash',
  ['tooling/scripts/turbo.sh', 'run', 'bench', '--concurrency=1', '--output-logs=full'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: results, TURBO_TELEMETRY_DISABLED: '1' },
  },
);
if (!existsSync(results)) {
  console.error('no bench-results.json was written');
  process.exit(run.status || 1);
}
const figures = JSON.parse(readFileSync(results, 'utf8'));
console.log(`\n${figures.length} figures in bench-results.json:\n`);
for (const figure of figures) {
  const ratio =
    figure.ratio === undefined
      ? ''
      : `  ${(figure.ratio * 100).toFixed(1)}% of floor (${formatFigure(figure.baseline)})`;
  console.log(
    `${figure.name.padEnd(70)} ${formatFigure(figure.value).padStart(14)} ${figure.unit}${ratio}`,
  );
}
process.exit(run.status ?? 0);
