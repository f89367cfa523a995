// Plain JavaScript so Node 20 can load it without a TypeScript loader.
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so
// tests and dev servers run against `src` without building first.
const conditions = ['@plan/source', 'import', 'module', 'node', 'default'];

/** Shared Vitest preset: tests sit beside the code they test. */
export function definePlanVitestConfig(overrides = {}) {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@plan/source'] } },
    ...overrides,
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
      environment: 'node',
      passWithNoTests: false,
      ...(overrides.test ?? {}),
    },
  });
}
