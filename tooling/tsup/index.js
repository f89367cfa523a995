/**
 * Shared tsup preset of the published packages: ESM for `import`, CommonJS for
 * `require()` (Node ≥ 20.19 and older bundlers), each with its own declarations
 * (.d.ts / .d.cts).
 *
 * @param {string[] | Record<string, string>} [entry] the entries, `src/index.ts` by default
 * @returns {import('./index.js').PlanTsupConfig}
 */
export function definePlanTsupConfig(entry = ['src/index.ts']) {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  };
}
