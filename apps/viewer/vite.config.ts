import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Workspace packages export their TypeScript sources under `@plan/source`; the
// rest are Vite's default client conditions, which setting `conditions` replaces.
const conditions = ['@plan/source', 'module', 'browser', 'development|production'];

// The API the dev server proxies /api to: `pnpm --filter @plan/api dev` listens on 8787.
const api = process.env.PLAN_API_URL ?? 'http://localhost:8787';

export default defineConfig({
  plugins: [react()],
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
  },
});
