// Where every benchmark writes its figures: bench-results.json at the repository
// root (or BENCH_RESULTS), as [{ name, value, unit, baseline?, ratio? }].
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_FILE = process.env.BENCH_RESULTS ?? join(repoRoot, 'bench-results.json');

/** A figure as the tables print it: whole numbers with separators from 100 up, else two decimals. */
export function formatFigure(value) {
  if (value === undefined) return '';
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

/** Prints figures and adds them to bench-results.json, replacing earlier ones of the same name. */
export function record(results) {
  for (const result of results) {
    const ratio =
      result.ratio === undefined
        ? ''
        : `  (${(result.ratio * 100).toFixed(1)}% of floor ${formatFigure(result.baseline)} ${result.unit})`;
    console.log(
      `${result.name.padEnd(58)} ${formatFigure(result.value).padStart(12)} ${result.unit}${ratio}`,
    );
  }
  const existing = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : [];
  const names = new Set(results.map((result) => result.name));
  const kept = existing.filter((item) => !names.has(item.name));
  writeFileSync(RESULTS_FILE, `${JSON.stringify([...kept, ...results], null, 2)}\n`);
}
