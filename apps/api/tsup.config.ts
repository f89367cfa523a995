import { defineConfig } from 'tsup';

export default defineConfig({
  // src/work/worker.ts → dist/work/worker.js: the entry of the work threads (src/work/workPool.ts).
  entry: ['src/index.ts', 'src/server.ts', 'src/client.ts', 'src/work/worker.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/client.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
