import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Workspace packages export their TypeScript sources under `@plan/source`; the
// rest are Vite's default client conditions, which setting `conditions` replaces.
const conditions = ['@plan/source', 'module', 'browser', 'development|production'];

// The API the dev server proxies /api to: `pnpm --filter @plan/api dev` listens on 8787.
const api = process.env.PLAN_API_URL ?? 'http://localhost:8787';

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, at the highest
 * levels, once: the API's static server (apps/api/src/static) sends them by the
 * browser's Accept-Encoding and never compresses a request itself. Source maps
 * are left alone (only developer tools fetch them); a form no smaller than its
 * file is not written.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'plan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const names = (readdirSync(outDir, { recursive: true }) as string[]).filter(
        (name) =>
          /\.(html|m?js|css|svg|json|webmanifest|txt|xml)$/.test(name) &&
          statSync(join(outDir, name)).isFile(),
      );
      for (const name of names) {
        const file = join(outDir, name);
        const bytes = readFileSync(file);
        const brotli = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
        if (brotli.length < bytes.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < bytes.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions },
  server: {
    port: 5173,
    proxy: { '/api': api },
  },
  preview: {
    proxy: { '/api': api },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The shell stays small; each page and ECharts are chunks of their own.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Chunks this small (shared helpers such as the status icon or the page title) go into a
        // chunk loaded with them: each is a request of its own otherwise, and a page's first load
        // waited for a second round of them (a browser opens six connections to a server).
        experimentalMinChunkSize: 10_000,
        // The libraries every page needs, each a chunk of its own: they download side by
        // side with the app's shell, and a browser keeps them across releases of the app
        // (their hashed names change only when the library does).
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/]react-router[\\/]/.test(id)) return 'router';
          if (/[\\/]node_modules[\\/]@tanstack[\\/]/.test(id)) return 'query';
          return undefined;
        },
      },
    },
  },
});
