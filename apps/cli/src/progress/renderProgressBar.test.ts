import { describe, expect, it } from 'vitest';
import { renderProgressBar } from './renderProgressBar.js';

describe('renderProgressBar', () => {
  it('fills the bar in proportion to the work done', () => {
    const line = renderProgressBar(1, 4, { width: 40, label: 'rows' });
    expect(line).toContain(' 25%  1/4 rows');
    const bar = line.slice(1, line.indexOf(']'));
    expect([...bar].filter((char) => char === '█').length / bar.length).toBeCloseTo(0.25, 1);
  });

  it('keeps to the width it is given', () => {
    expect(renderProgressBar(3, 7, { width: 50 }).length).toBe(50);
  });

  it('shows a total of zero as complete, and never goes past 100%', () => {
    expect(renderProgressBar(0, 0)).toContain('100%');
    expect(renderProgressBar(12, 10)).toContain('100%');
    expect(renderProgressBar(12, 10)).not.toContain('░');
  });

  it('starts empty', () => {
    expect(renderProgressBar(0, 10)).not.toContain('█');
  });
});
