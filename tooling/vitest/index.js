// Plain JavaScript so Node 20 can load it without a TypeScript loader.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so
// tests and dev servers run against `src` without building first.
const SOURCE = '@plan/source';
// Vite's own defaults, which setting `conditions` would otherwise replace.
const defaultClientConditions = ['module', 'browser', 'development|production'];
const defaultServerConditions = ['module', 'node', 'development|production'];
// Fails a test that calls console.error or console.warn without expecting it.
const failOnConsole = fileURLToPath(new URL('./failOnConsole.js', import.meta.url));

/** Shared Vitest preset: tests sit beside the code they test. */
export function definePlanVitestConfig(overrides = {}) {
  return defineConfig({
    ...overrides,
    resolve: { conditions: [SOURCE, ...defaultClientConditions], ...(overrides.resolve ?? {}) },
    ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
      environment: 'node',
      passWithNoTests: false,
      ...(overrides.test ?? {}),
      setupFiles: [failOnConsole, ...[overrides.test?.setupFiles ?? []].flat()],
    },
  });
}
