import { defineConfig } from 'tsup';

// ESM for `import`, CommonJS for `require()` (Node ≥ 20.19 and older bundlers),
// each with its own declarations (.d.ts / .d.cts).
export default defineConfig({
  entry: { index: 'src/index.ts', 'rows/index': 'src/rows/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
