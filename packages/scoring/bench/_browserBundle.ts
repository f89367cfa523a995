import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/**
 * What a browser app whose entry is `contents` ships: bundled by esbuild (minified, ESM, for the
 * browser) from `resolveDir`, in bytes, and gzipped at level 9. Shared by `bundle.bench.ts`
 * (the built dist) and `src/index.bundle.test.ts` (the packages as tsup publishes them).
 */
export async function browserBundle(
  contents: string,
  resolveDir: string,
  plugins: Plugin[] = [],
): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
