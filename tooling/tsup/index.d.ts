/** The options the preset sets (a subset of tsup's `Options`, named here so configs need no tsup types). */
export type PlanTsupConfig = {
  entry: string[] | Record<string, string>;
  format: ('esm' | 'cjs')[];
  dts: boolean;
  clean: boolean;
  sourcemap: boolean;
  target: 'node20';
};

/** Shared tsup preset: ESM and CommonJS, each with its own declarations, for Node 20. */
export function definePlanTsupConfig(entry?: PlanTsupConfig['entry']): PlanTsupConfig;
