import type { Output } from '../cliContext.js';

/** Writes one JSON object and a newline: the `--json` output of every command. */
export function writeJsonLine(output: Output, value: unknown): void {
  output.write(`${JSON.stringify(value)}\n`);
}
