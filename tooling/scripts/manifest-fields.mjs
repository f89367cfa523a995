// Sets the npm-facing fields of the published packages' manifests in one place:
// licence, repository, entry points for ESM, CommonJS and node10 types, and the
// published exports without the workspace's `@plan/source` condition. Re-run it
// after adding an entry point: `node tooling/scripts/manifest-fields.mjs`.
// Dependencies are left as they are; only the fields below are (re)written.
import { readFileSync, writeFileSync } from 'node:fs';

// No remote exists yet: a placeholder until the repository is published.
const repository = 'https://github.com/plan-toolkit/plan';

const published = {
  indicators: [
    'plan',
    'indicators',
    'zod',
    'catalogue',
    'education',
    'sports',
    'ordos',
    'five-year-plan',
  ],
  projects: ['plan', 'projects', 'targets', 'milestones', 'ordos', 'five-year-plan'],
  scoring: [
    'plan',
    'progress',
    'assessment',
    'sdg',
    'open-sdg',
    'indicators',
    'scoring',
    'five-year-plan',
  ],
  observations: [
    'plan',
    'observations',
    'indicators',
    'validation',
    'csv',
    'xlsx',
    'five-year-plan',
  ],
  plans: ['plan', 'five-year-plan', 'indicators', 'projects', 'json-schema', 'amendments'],
};

/** Test helpers (a `testing` folder under src) are for the workspace's tests: exported from source only, never published. */
const isSourceOnly = (source) => /^\.\/src\/(?:.*\/)?testing\//.test(source);

/** `./src/x.ts` → the dist files of entry `x` for ESM and CommonJS. */
function distEntry(source) {
  const base = source.replace(/^\.\/src\//, './dist/').replace(/\.tsx?$/, '');
  return {
    import: { types: `${base}.d.ts`, default: `${base}.js` },
    require: { types: `${base}.d.cts`, default: `${base}.cjs` },
  };
}

for (const [folder, keywords] of Object.entries(published)) {
  const path = new URL(`../../packages/${folder}/package.json`, import.meta.url);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    continue; // not created yet
  }
  const exports = {};
  const publishedExports = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json') continue;
    // A file shipped as it is (a JSON Schema): the same path in the workspace and published.
    if (typeof target === 'string' && !target.startsWith('./src/')) {
      exports[subpath] = target;
      publishedExports[subpath] = target;
      continue;
    }
    const source = typeof target === 'string' ? target : target['@plan/source'];
    if (!source?.startsWith('./src/'))
      throw new Error(`${folder}: ${subpath} has no @plan/source entry`);
    if (isSourceOnly(source)) {
      exports[subpath] = { '@plan/source': source, default: source };
      continue;
    }
    exports[subpath] = { '@plan/source': source, ...distEntry(source) };
    publishedExports[subpath] = distEntry(source);
  }
  exports['./package.json'] = './package.json';
  publishedExports['./package.json'] = './package.json';
  const main = publishedExports['.'];
  // TypeScript's node10 resolution ignores `exports`: subpaths find their types here.
  const subpaths = Object.keys(publishedExports).filter(
    (subpath) => typeof publishedExports[subpath] === 'object' && subpath !== '.',
  );
  const typesVersions =
    subpaths.length === 0
      ? undefined
      : {
          '*': Object.fromEntries(
            subpaths.map((subpath) => [
              subpath.slice(2),
              [publishedExports[subpath].require.types],
            ]),
          ),
        };

  const { name, version, description, private: isPrivate, ...rest } = manifest;
  for (const key of [
    'keywords',
    'homepage',
    'bugs',
    'repository',
    'license',
    'type',
    'sideEffects',
    'files',
    'main',
    'module',
    'types',
    'typesVersions',
    'exports',
    'publishConfig',
  ]) {
    delete rest[key];
  }
  const next = {
    name,
    version,
    ...(isPrivate === undefined ? {} : { private: isPrivate }),
    description,
    keywords,
    homepage: `${repository}/tree/main/packages/${folder}#readme`,
    bugs: { url: `${repository}/issues` },
    repository: { type: 'git', url: `git+${repository}.git`, directory: `packages/${folder}` },
    license: 'MIT',
    type: 'module',
    sideEffects: manifest.sideEffects ?? false,
    // dist, and whatever else the package ships as it is (a JSON Schema).
    files: [...new Set(['dist', ...(manifest.files ?? [])])],
    main: main.require.default,
    module: main.import.default,
    types: main.require.types,
    ...(typesVersions ? { typesVersions } : {}),
    exports,
    publishConfig: { access: 'public', exports: publishedExports },
    ...rest,
  };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`packages/${folder}/package.json`);
}
