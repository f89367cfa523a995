// The guardrails `pnpm test` runs after the packages' own tests: the published
// packages as a stranger gets them from npm, and the workspace's manifests and
// unused code. Each step prints its result; the last line counts them.
//
//   node tooling/scripts/check-packages.mjs            every step
//   node tooling/scripts/check-packages.mjs knip attw  only the steps named
//
// Steps: build (the published packages), pack (`pnpm pack`, which applies
// publishConfig: the packed manifest must not name @plan/source, workspace: or
// catalog:), publint and attw (@arethetypeswrong/cli) on the tarballs, sherif
// (manifests), knip (unused files, exports, dependencies), changesets (the pending
// ones parse and make no 1.0.0 by accident), console (the test
// guard against unexpected console errors still fails a test), consumer (plain
// npm installs the tarballs into a throwaway project outside the workspace; every
// README code block is type-checked under nodenext, node10 and bundler
// resolution, then run with node as ESM and through require()), workspace-readmes (the
// README blocks of the private packages, type-checked and run from source).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { privatePackages, publishedPackages, readmeBlocks, root } from './readmeBlocks.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'plan-check-'));
const packages = publishedPackages();
const tarballs = [];
const results = [];

/** Runs a command; returns its output, or throws with it when the exit code is not 0. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...options.env },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${basename(command)} ${args.join(' ')} exited with ${result.status}\n${output}`,
    );
  }
  return output;
}

function step(name, body) {
  if (only.length > 0 && !only.includes(name) && !(name === 'build' || name === 'pack')) return;
  const started = performance.now();
  try {
    const summary = body();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`✓ ${name} (${seconds} s)${summary ? `: ${summary}` : ''}`);
    results.push(true);
  } catch (error) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = String(error?.message ?? error).split('\n');
    const shown =
      lines.length > 80 ? [...lines.slice(0, 80), `… ${lines.length - 80} more lines`] : lines;
    console.log(`✗ ${name} (${seconds} s)\n${shown.join('\n').replace(/^/gm, '    ')}`);
    results.push(false);
  }
}

const needsTarballs =
  only.length === 0 || only.some((name) => ['publint', 'attw', 'consumer'].includes(name));

if (needsTarballs) {
  step('build', () => {
    const filters = packages.map(({ manifest }) => `--filter=${manifest.name}`);
    run('bash', [
      'tooling/scripts/turbo.sh',
      'run',
      'build',
      ...filters,
      '--output-logs=errors-only',
    ]);
    return packages.map(({ manifest }) => manifest.name).join(', ');
  });

  step('pack', () => {
    const problems = [];
    for (const { dir, manifest } of packages) {
      const output = run('pnpm', ['pack', '--pack-destination', work], { cwd: dir });
      const tarball = output
        .split('\n')
        .find((line) => line.trim().endsWith('.tgz'))
        ?.trim();
      if (!tarball) throw new Error(`${manifest.name}: pnpm pack named no tarball\n${output}`);
      tarballs.push({
        name: manifest.name,
        path: tarball.startsWith('/') ? tarball : join(work, basename(tarball)),
      });
      const listing = run('tar', ['tzf', tarballs.at(-1).path]).split('\n');
      const packed = JSON.parse(run('tar', ['xzOf', tarballs.at(-1).path, 'package/package.json']));
      // Scripts are the workspace's own commands (a consumer never runs them): not part of the scan.
      const { scripts: _scripts, ...resolvable } = packed;
      const text = JSON.stringify(resolvable);
      for (const forbidden of ['@plan/source', 'workspace:', 'catalog:']) {
        if (text.includes(forbidden))
          problems.push(`${manifest.name}: the packed manifest names ${forbidden}`);
      }
      for (const field of ['license', 'repository', 'homepage', 'main', 'types']) {
        if (!packed[field])
          problems.push(`${manifest.name}: the packed manifest has no "${field}"`);
      }
      for (const file of ['package/LICENSE', 'package/README.md']) {
        if (!listing.includes(file))
          problems.push(`${manifest.name}: ${file} is not in the tarball`);
      }
      const sources = listing.filter((file) => file.startsWith('package/src/'));
      if (sources.length > 0)
        problems.push(`${manifest.name}: the tarball ships src/ (${sources.length} files)`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return tarballs.map(({ path }) => basename(path)).join(', ');
  });
}

function packed() {
  if (tarballs.length !== packages.length)
    throw new Error('not every package was packed (see build and pack)');
  return tarballs;
}

step('publint', () => {
  packed();
  for (const { name, path } of tarballs) {
    const output = run(bin('publint'), ['run', path, '--strict']);
    if (!/All good/.test(output)) throw new Error(`${name}:\n${output}`);
  }
  return `${tarballs.length} tarballs, no errors, warnings or suggestions`;
});

step('attw', () => {
  packed();
  for (const { path } of tarballs) run(bin('attw'), [path, '--format', 'table']);
  return `${tarballs.length} tarballs: types resolve under node10, node16 (CJS and ESM) and bundler`;
});

step('sherif', () => {
  // pnpm-workspace.yaml's tooling/* also matches tooling/scripts, plain scripts
  // run from the root, which has no manifest on purpose.
  run(bin('sherif'), ['--fail-on-warnings', '--ignore-rule', 'packages-without-package-json']);
  return 'no issues';
});

step('knip', () => {
  run(bin('knip'), ['--no-progress']);
  return 'no unused files, exports or dependencies';
});

step('changesets', () => {
  // The pending changesets parse, and releasing them would not turn a 0.x package into 1.0.0
  // (changesets bumps peer dependents to a major when a peer leaves their range).
  const output = join(work, 'changesets.json');
  run(bin('changeset'), ['status', `--output=${output}`]);
  const { releases, changesets } = JSON.parse(readFileSync(output, 'utf8'));
  const published = new Set(packages.map(({ manifest }) => manifest.name));
  const planned = releases.filter(
    (release) => published.has(release.name) && release.type !== 'none',
  );
  const majors = planned.filter(
    (release) => release.type === 'major' || /^[1-9]/.test(release.newVersion),
  );
  if (majors.length > 0) {
    throw new Error(
      majors.map((r) => `${r.name}: ${r.oldVersion} → ${r.newVersion} (${r.type})`).join('\n'),
    );
  }
  return `${changesets.length} pending; the next release: ${planned.map((r) => `${r.name} ${r.newVersion}`).join(', ') || 'nothing'}`;
});

step('console', () => {
  // The fixture's first test logs without expecting it and must fail; the others pass.
  const fixture = join(root, 'tooling/vitest/fixtures/console');
  const vitest = join(root, 'tooling/vitest/node_modules/.bin/vitest');
  const result = spawnSync(vitest, ['run', '--root', fixture, '--reporter=json'], {
    cwd: fixture,
    encoding: 'utf8',
  });
  if (!result.stdout) throw new Error(`vitest printed no report\n${result.stderr}`);
  const report = JSON.parse(result.stdout);
  const tests = report.testResults.flatMap((file) => file.assertionResults);
  // Each fixture test's title starts with the outcome it must have.
  const wrong = tests.filter(
    (test) => !test.title.startsWith(test.status === 'failed' ? 'fails:' : 'passes:'),
  );
  if (tests.length !== 4 || wrong.length > 0) {
    throw new Error(
      `the console guard did not behave:\n${tests.map((test) => `${test.status}: ${test.title}`).join('\n')}`,
    );
  }
  return 'an unexpected console.error fails its test; an expected one does not';
});

step('consumer', () => {
  packed();
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`,
  );
  // Exactly what a README's install line asks for: the packages, their peers, nothing else.
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs.map(({ path }) => path),
      'zod@^4',
      '@types/node@^20',
    ],
    { cwd: project },
  );
  // One copy of each peer for the whole app: none nested under our packages.
  const nested = tarballs.flatMap(({ name }) =>
    ['zod', '@plan/indicators', '@plan/projects', '@plan/scoring']
      .filter((peer) => existsSync(join(project, 'node_modules', name, 'node_modules', peer)))
      .map((peer) => `${name} has its own copy of ${peer}`),
  );
  if (nested.length > 0) throw new Error(nested.join('\n'));
  const blocks = readmeBlocks();
  for (const folder of ['esm', 'cjs', 'plain']) mkdirSync(join(project, folder));
  const runs = [];
  for (const block of blocks) {
    if (block.language === 'js') {
      writeFileSync(join(project, 'esm', `${block.id}.mjs`), `${block.code}\n`);
      runs.push({ block, file: join('esm', `${block.id}.mjs`), copy: true });
      continue;
    }
    const topLevelAwait = /^(?:const .*=\s*)?await\b/m.test(block.code);
    writeFileSync(join(project, 'esm', `${block.id}.mts`), `${block.code}\n`);
    runs.push({ block, file: join('out', 'esm', `${block.id}.mjs`) });
    writeFileSync(join(project, 'plain', `${block.id}.ts`), `${block.code}\nexport {};\n`);
    if (!topLevelAwait) {
      writeFileSync(join(project, 'cjs', `${block.id}.cts`), `${block.code}\n`);
      runs.push({ block, file: join('out', 'cjs', `${block.id}.cjs`) });
    }
  }
  // What `tsc --init` gives an app, and the declarations of every package checked too.
  const common = {
    strict: true,
    esModuleInterop: true,
    skipLibCheck: false,
    types: ['node'],
    lib: ['ES2023'],
    target: 'ES2022',
  };
  const configs = {
    nodenext: {
      ...common,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      outDir: 'out',
      rootDir: '.',
    },
    // The packages' declarations are checked once, above; here only how they resolve.
    node10: {
      ...common,
      skipLibCheck: true,
      module: 'commonjs',
      moduleResolution: 'node10',
      noEmit: true,
    },
    bundler: {
      ...common,
      skipLibCheck: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      noEmit: true,
    },
  };
  const include = {
    nodenext: ['esm/*.mts', 'cjs/*.cts'],
    node10: ['plain/*.ts'],
    bundler: ['plain/*.ts'],
  };
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const [name, compilerOptions] of Object.entries(configs)) {
    writeFileSync(
      join(project, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions, include: include[name] }),
    );
    try {
      run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: project });
    } catch (error) {
      throw new Error(
        `README blocks under ${name} resolution:\n${error.message}\n(block ids: README folder-line)`,
      );
    }
  }
  for (const { file } of runs.filter((entry) => entry.copy)) {
    mkdirSync(join(project, 'out', 'esm'), { recursive: true });
    cpSync(join(project, file), join(project, 'out', file));
  }
  const failures = [];
  for (const { block, file } of runs) {
    const target = file.startsWith('out') ? file : join('out', file);
    try {
      run(process.execPath, [target], { cwd: project });
    } catch (error) {
      failures.push(`${block.where} (${target}):\n${error.message}`);
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
  return `${tarballs.length} tarballs installed with npm, one copy of zod and of each peer; ${blocks.length} README blocks type-checked (nodenext, node10, bundler) and ${runs.length} runs (ESM and require) passed`;
});

step('workspace-readmes', () => {
  // The private packages (never packed) are used from the workspace: their README blocks
  // are type-checked with the package's own settings and run from source, on a throwaway
  // SQLite file.
  const blocks = privatePackages().flatMap(({ dir }) =>
    readmeBlocks([dir]).map((block) => ({ ...block, dir })),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const failures = [];
  for (const block of blocks) {
    const file = join(block.dir, `.readme-block-${block.id}.ts`);
    const config = join(block.dir, `.readme-block-${block.id}.tsconfig.json`);
    writeFileSync(file, `${block.code}\nexport {};\n`);
    writeFileSync(
      config,
      JSON.stringify({ extends: './tsconfig.json', include: [basename(file)] }),
    );
    try {
      run(process.execPath, [tsc, '--noEmit', '-p', config]);
      run(process.execPath, ['--conditions=@plan/source', '--import', tsx, file], {
        cwd: work,
        env: { DATABASE_URL: `sqlite:${join(work, `${block.id}.sqlite`)}` },
      });
    } catch (error) {
      failures.push(`${block.where}:\n${error.message}`);
    } finally {
      rmSync(file, { force: true });
      rmSync(config, { force: true });
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
  return `${blocks.length} README blocks of private packages type-checked and run from source`;
});

rmSync(work, { recursive: true, force: true });
const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
