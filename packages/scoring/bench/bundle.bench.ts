/**
 * What `import { assess } from '@plan/scoring'` costs a browser app: the entry
 * bundled by esbuild (minified, for the browser) from the built `dist`, as an
 * npm user gets it, beside the floor: the same entry with a stub in place of
 * the package. The goal is at most 25 KB gzipped. Not a test: it prints
 * figures and adds them to bench-results.json.
 *
 *   pnpm bench            (in packages/scoring; builds dist first when it is stale)
 *   BUNDLE_BUILD=0 tsx bench/bundle.bench.ts   (use dist as it is)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchResult, record } from '@plan/bench';
import { browserBundle } from './_browserBundle.js';

const here = dirname(fileURLToPath(import.meta.url));
const scoringDir = join(here, '..');
const packagesDir = join(scoringDir, '..');
/** The packages whose dist the bundle reads, in build order. */
const BUILT = ['indicators', 'scoring'];
const BUDGET_KB_GZ = 25;

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds a package's dist when it is missing or older than its src. */
function ensureBuilt(name: string): void {
  const dir = join(packagesDir, name);
  const dist = join(dir, 'dist', 'index.js');
  if (existsSync(dist) && statSync(dist).mtimeMs >= newestIn(join(dir, 'src'))) return;
  console.log(`building @plan/${name} (dist is missing or stale)`);
  const run = spawnSync('pnpm', ['exec', 'tsup'], { cwd: dir, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`building @plan/${name} failed`);
}

const bundle = (contents: string) => browserBundle(contents, scoringDir);

if (process.env.BUNDLE_BUILD !== '0') for (const name of BUILT) ensureBuilt(name);

// The same app entry twice: once with the package, once with a stub in its place.
const withPackage = await bundle(
  `import { assess } from '@plan/scoring';\nglobalThis.assess = assess;\n`,
);
const floor = await bundle(`const assess = () => {};\nglobalThis.assess = assess;\n`);

const kb = (bytes: number) => bytes / 1024;
const figures: BenchResult[] = [
  {
    name: 'scoring: bundle of import { assess } (esbuild, browser), gzipped',
    value: kb(withPackage.gzipped),
    unit: 'KB',
    baseline: kb(floor.gzipped),
    ratio: floor.gzipped / withPackage.gzipped,
  },
  {
    name: 'scoring: bundle of import { assess } (esbuild, browser), minified',
    value: kb(withPackage.minified),
    unit: 'KB',
    baseline: kb(floor.minified),
    ratio: floor.minified / withPackage.minified,
  },
];
record(figures);
const within = kb(withPackage.gzipped) <= BUDGET_KB_GZ;
console.log(
  `import { assess }: ${kb(withPackage.gzipped).toFixed(1)} KB gzipped (${kb(withPackage.minified).toFixed(1)} KB minified); goal ≤ ${BUDGET_KB_GZ} KB gzipped: ${within ? 'met' : 'NOT met'}`,
);
