import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts', 'src/client.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/client.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
