import { describe, expect, it } from 'vitest';
import type { Output } from '../cliContext.js';
import { createProgressReporter } from './createProgressReporter.js';

function capture(isTTY: boolean): Output & { text: () => string } {
  let text = '';
  const write = (chunk: string) => {
    text += chunk;
  };
  return { isTTY, columns: 80, write, text: () => text };
}

describe('createProgressReporter', () => {
  it('writes plain lines when not on a terminal, one per tenth of the work', () => {
    const output = capture(false);
    const progress = createProgressReporter(output, 'importing');
    for (let done = 0; done <= 1000; done += 50) progress.update(done, 1000);
    progress.finish();
    const lines = output.text().trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('importing: 0/1000 rows (0%)');
    expect(lines.at(-1)).toBe('importing: 1000/1000 rows (100%)');
    expect(output.text()).not.toContain('\r');
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const output = capture(true);
    const progress = createProgressReporter(output, 'importing');
    progress.update(1, 2);
    progress.update(2, 2);
    progress.finish();
    expect(output.text().match(/\r/g)).toHaveLength(2);
    expect(output.text().endsWith('100%  2/2 rows\n')).toBe(true);
  });
});
