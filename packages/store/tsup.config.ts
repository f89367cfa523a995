import { defineConfig } from 'tsup';

// Only the main entry is built: src/testing/ (throwaway PostgreSQL, test stores)
// is read from source by tests through the @plan/source condition and never shipped.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
