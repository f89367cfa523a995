/** One figure of `pnpm bench`, as bench-results.json holds it. */
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
};
export const RESULTS_FILE: string;
/** Prints figures and adds them to bench-results.json, replacing earlier ones of the same name. */
export function record(results: BenchResult[]): void;
/** A figure as the tables print it: whole numbers with separators from 100 up, else two decimals. */
export function formatFigure(value: number | undefined): string;
