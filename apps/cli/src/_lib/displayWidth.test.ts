import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay } from './displayWidth.js';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    // Seven characters and two full-width brackets take two columns each; the ASCII % one.
    expect(displayWidth('学前三年入园率（%）')).toBe(19);
    expect(displayWidth('abc')).toBe(3);
  });
});

describe('padDisplay', () => {
  it('pads mixed text to the same number of columns', () => {
    expect(displayWidth(padDisplay('滞后', 10))).toBe(10);
    expect(padDisplay('7', 3, 'right')).toBe('  7');
  });
});
