// Where tests find the plan text: ../shared/seed/ beside the repository
// (or PLAN_SEED_DIR). A clone elsewhere has no such folder; tests that need it
// skip with `seedSkipReason` instead of failing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const seedFileName = '000_c086ad971ec74f12.txt';
export const seedDir = process.env.PLAN_SEED_DIR ?? join(repoRoot, '..', 'shared', 'seed');
export const seedPath = join(seedDir, seedFileName);
export const hasSeed = existsSync(seedPath);
export const seedSkipReason = hasSeed
  ? undefined
  : `the plan text is not at ${seedPath} (../shared/seed/ beside the repository); tests that check data against it are skipped`;

/** The plan text, or undefined where the seed folder is absent. */
export function readSeed() {
  return hasSeed ? readFileSync(seedPath, 'utf8') : undefined;
}
