import type { Output } from '../cliContext.js';
import { renderProgressBar } from './renderProgressBar.js';

export type ProgressReporter = {
  /** Reports `done` of `total`; may be called often, draws only what changed. */
  update: (done: number, total: number) => void;
  /** Ends the progress display (a terminal line is finished with a newline). */
  finish: () => void;
};

/**
 * Progress on `output`: on a terminal a bar redrawn in place; elsewhere (a
 * pipe, a CI log) a plain line at each tenth of the work and at the end, so
 * logs stay short and readable.
 */
export function createProgressReporter(output: Output, label: string): ProgressReporter {
  let drawn = false;
  let lastTenth = -1;
  return {
    update(done, total) {
      if (output.isTTY) {
        const width = Math.min(80, Math.max(30, (output.columns || 80) - label.length - 2));
        output.write(`\r${label} ${renderProgressBar(done, total, { width, label: 'rows' })}`);
        drawn = true;
        return;
      }
      const tenth = total <= 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      const percent = total <= 0 ? 100 : Math.floor((done / total) * 100);
      output.write(`${label}: ${done}/${total} rows (${percent}%)\n`);
    },
    finish() {
      if (drawn) output.write('\n');
      drawn = false;
    },
  };
}
