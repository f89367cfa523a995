import { describe, expect, it } from 'vitest';
import { rollUpTracking } from './rollUpTracking.js';

describe('rollUpTracking', () => {
  it('counts every status, zero where none, and the total', () => {
    expect(rollUpTracking(['done', 'overdue', 'overdue', 'not_reported'])).toEqual({
      done: 1,
      on_track: 0,
      at_risk: 0,
      overdue: 2,
      not_reported: 1,
      total: 4,
    });
    expect(rollUpTracking([]).total).toBe(0);
  });
});
