// The code blocks of the npm-facing READMEs (the root README and each published
// package's), so check-packages.mjs can compile and run every one of them
// against the packed packages. A block that is not a program (a list of
// signatures, say) is marked on the line before it:
//
//   <!-- readme-check: skip (why) -->
//
// `node tooling/scripts/readmeBlocks.mjs` lists what would be checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const LANGUAGES = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js', mjs: 'js' };
const SKIP = /<!--\s*readme-check:\s*skip\b/;

/** The published packages: every packages/* manifest that is not private. */
export function publishedPackages() {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(root, 'packages', entry.name);
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        return manifest.private ? [] : [{ dir, folder: entry.name, manifest }];
      } catch {
        return []; // a folder without a manifest (being created)
      }
    });
}

/** The private packages of packages/* (used inside the workspace only). */
export function privatePackages() {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(root, 'packages', entry.name);
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        return manifest.private ? [{ dir, folder: entry.name, manifest }] : [];
      } catch {
        return [];
      }
    });
}

/**
 * Every ```ts and ```js block of the npm-facing READMEs (the root's and each published
 * package's), with where it is; `readmeBlocks(dirs)` reads the READMEs of those folders.
 */
export function readmeBlocks(dirs) {
  const files = dirs
    ? dirs.map((dir) => join(dir, 'README.md'))
    : [join(root, 'README.md'), ...publishedPackages().map(({ dir }) => join(dir, 'README.md'))];
  return files.flatMap((file) => {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    const lines = text.split('\n');
    const blocks = [];
    for (let index = 0; index < lines.length; index += 1) {
      const open = /^```(\w+)\s*$/.exec(lines[index]);
      if (!open) continue;
      const end = lines.indexOf('```', index + 1);
      if (end === -1)
        throw new Error(`${relative(root, file)}:${index + 1}: a code block that never closes`);
      const language = LANGUAGES[open[1].toLowerCase()];
      let previous = index - 1;
      while (previous >= 0 && lines[previous].trim() === '') previous -= 1;
      if (language && !SKIP.test(lines[previous] ?? '')) {
        const where = `${relative(root, file)}:${index + 1}`;
        const id = `${
          relative(root, file)
            .replace(/\/?README\.md$/, '')
            .replace(/^packages\//, '') || 'root'
        }-${index + 1}`;
        blocks.push({ id, where, language, code: lines.slice(index + 1, end).join('\n') });
      }
      index = end;
    }
    return blocks;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const block of readmeBlocks()) console.log(`${block.where}\t${block.language}\t${block.id}`);
}
